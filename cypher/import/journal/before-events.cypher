// Keeps the values and links of events a batch is about to update.
UNWIND $ids AS id
MATCH (e:Event {id: id})
WITH e, id,
     COLLECT { MATCH (e)-[:ABOUT]->(n) RETURN n.id } AS about,
     COLLECT { MATCH (e)-[:RECORDED_IN]->(n) RETURN n.id } AS recordedIn,
     COLLECT { MATCH (e)-[:RECORDED_BY]->(n) RETURN n.id } AS recordedBy,
     COLLECT { MATCH (e)-[:PARTICIPANT]->(n) RETURN n.id } AS participants
CREATE (:SgnetUndo {importId: $importId, seq: $seq, kind: 'events', id: id, about: about,
                    recordedIn: recordedIn, recordedBy: recordedBy, participants: participants})
       -[:BEFORE]->(b:SgnetBefore)
SET b = properties(e)
