// COORDINATION_GAP (rules.md rule 3). Lesson: professionals around one child who neither share
// an agency nor ever meet or exchange information about the child form separate islands; each
// sees part of the risk and nobody sees all of it.
// The coordination graph of a child: its involved professionals, joined when they belong to the
// same agency or are both among the people (recorder, participants) of one INFORMATION_SHARED or
// MEETING event about the child in the window. Components come from label propagation over
// vertex indexes: after n rounds every vertex carries the smallest index of its component. The
// edges are returned so that Java can name the brokers (cut vertices) of each component.
MATCH (c:Child)
WHERE $childId IS NULL OR c.id = $childId
WITH c,
     // include fragments/involved-professionals
WHERE size(professionals) >= 2
WITH c,
     [p IN professionals | p.id] AS ids,
     [p IN professionals | head([(p)-[:MEMBER_OF]->(a:Agency) | a.id])] AS agencyOf,
     COLLECT {
       MATCH (c)<-[:ABOUT]-(e:Event)
       WHERE e.type IN ['INFORMATION_SHARED', 'MEETING'] AND $windowStart < e.date <= $asOf
       RETURN [(e)-[:RECORDED_BY|PARTICIPANT]->(q:Professional) | q.id] AS people
     } AS gatherings
WITH c, ids, size(ids) AS n,
     reduce(acc = [], i IN range(0, size(ids) - 2) |
       acc + [j IN range(i + 1, size(ids) - 1)
              WHERE agencyOf[i] = agencyOf[j]
                 OR any(g IN gatherings WHERE ids[i] IN g AND ids[j] IN g) | [i, j]]) AS edges
WITH c, ids, n, edges,
     [i IN range(0, n - 1) |
       [e IN edges WHERE e[0] = i | e[1]] + [e IN edges WHERE e[1] = i | e[0]]] AS neighbours
WITH c, ids, n, edges,
     reduce(lab = range(0, n - 1), step IN range(1, n) |
       [i IN range(0, n - 1) |
         reduce(m = lab[i], k IN neighbours[i] |
           CASE WHEN lab[k] < m THEN lab[k] ELSE m END)]) AS label
WITH c, ids, edges,
     [root IN [i IN range(0, n - 1) WHERE label[i] = i] |
       [i IN range(0, n - 1) WHERE label[i] = root | ids[i]]] AS components
WHERE size(components) >= 2
RETURN [c.id] AS childIds,
       [] AS agencyIds,
       ids AS personIds,
       CASE WHEN size(components) >= 3 THEN 'HIGH' ELSE 'MEDIUM' END AS severity,
       {components: components} AS details,
       [e IN edges | [ids[e[0]], ids[e[1]]]] AS edges
