// NOT_SEEN_ALONE (rules.md rule 12). Lesson: a child who is only ever seen with a parent or carer
// in the room cannot say what is happening to them; visits alone are how the child's voice is
// heard.
MATCH (v:Event)-[:ABOUT]->(c:Child)
WHERE v.type = 'VISIT' AND $windowStart < v.date <= $asOf
  AND ($childId IS NULL OR c.id = $childId)
WITH c, collect(v.seenAlone) AS seenAlone
WHERE none(s IN seenAlone WHERE s = true)
RETURN [c.id] AS childIds,
       [] AS agencyIds,
       [] AS personIds,
       'MEDIUM' AS severity,
       {} AS details
