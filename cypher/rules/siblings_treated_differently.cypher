// SIBLINGS_TREATED_DIFFERENTLY (rules.md rule 9). Lesson: siblings looked after on different legal
// bases may be right, but it must be a recorded decision that considered them together, not an
// accident of which door each came through.
// Both children need at least one active PLACED_WITH; their sets of active legal bases differ; no
// DECISION dated up to $asOf (at any time) about one names the other among its participants.
MATCH (a:Child)-[s:SIBLING]-(b:Child)
WHERE a.id < b.id
  AND // include fragments/active-tie(s AS t)
  AND ($childId IS NULL OR a.id = $childId OR b.id = $childId)
WITH DISTINCT a, b
WITH a, b,
     COLLECT {
       MATCH (a)-[t:PLACED_WITH]->()
       WHERE // include fragments/active-tie
       RETURN DISTINCT t.legalBasis
     } AS basesA,
     COLLECT {
       MATCH (b)-[t:PLACED_WITH]->()
       WHERE // include fragments/active-tie
       RETURN DISTINCT t.legalBasis
     } AS basesB
WHERE size(basesA) > 0 AND size(basesB) > 0
  AND (any(x IN basesA WHERE NOT x IN basesB) OR any(x IN basesB WHERE NOT x IN basesA))
  AND NOT EXISTS {
    MATCH (a)<-[:ABOUT]-(d:Event)-[:PARTICIPANT]->(b)
    WHERE d.type = 'DECISION' AND d.date <= $asOf
  }
  AND NOT EXISTS {
    MATCH (b)<-[:ABOUT]-(d:Event)-[:PARTICIPANT]->(a)
    WHERE d.type = 'DECISION' AND d.date <= $asOf
  }
RETURN [a.id, b.id] AS childIds,
       [] AS agencyIds,
       [] AS personIds,
       'LOW' AS severity,
       {} AS details
