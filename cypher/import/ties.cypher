// Upserts ties. A tie is identified by its type, its two people and its key (the start date, or
// '' when absent), so the same rows imported again update in place. Relationship types cannot be
// parameters, so each type is written by a FOREACH over a one- or zero-item list.
UNWIND $rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Person {id: row.to})
FOREACH (_ IN CASE WHEN row.type = 'SIBLING' THEN [1] ELSE [] END |
  MERGE (a)-[t:SIBLING {key: row.key}]->(b) SET t += row.props)
FOREACH (_ IN CASE WHEN row.type = 'PARENT' THEN [1] ELSE [] END |
  MERGE (a)-[t:PARENT {key: row.key}]->(b) SET t += row.props)
FOREACH (_ IN CASE WHEN row.type = 'PLACED_WITH' THEN [1] ELSE [] END |
  MERGE (a)-[t:PLACED_WITH {key: row.key}]->(b) SET t += row.props)
FOREACH (_ IN CASE WHEN row.type = 'INVOLVED' THEN [1] ELSE [] END |
  MERGE (a)-[t:INVOLVED {key: row.key}]->(b) SET t += row.props)
