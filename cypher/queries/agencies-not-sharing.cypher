// name: agencies-not-sharing
// description: Pairs of agencies both involved with the same children in a period that never took part together in an information sharing or meeting about any of those children in it.
// param: from date today-90 The first day of the period (default: 90 days ago).
// param: to date today The last day of the period.
// param: minChildren integer 1 The least number of children the two agencies must share.
//
// An agency takes part in an event when the event is in its record or one of its professionals
// recorded it or took part. Involvement counts when the tie overlaps the period.
MATCH (a1:Agency)<-[:MEMBER_OF]-(:Professional)-[t1:INVOLVED]->(c:Child)
      <-[t2:INVOLVED]-(:Professional)-[:MEMBER_OF]->(a2:Agency)
WHERE a1.id < a2.id
  AND (t1.start IS NULL OR t1.start <= $to) AND (t1.end IS NULL OR t1.end >= $from)
  AND (t2.start IS NULL OR t2.start <= $to) AND (t2.end IS NULL OR t2.end >= $from)
WITH a1, a2, c
ORDER BY c.id
WITH a1, a2, collect(DISTINCT c.id) AS childIds
WHERE size(childIds) >= $minChildren
  AND NOT EXISTS {
    MATCH (e:Event)-[:ABOUT]->(x:Child)
    WHERE x.id IN childIds
      AND e.type IN ['INFORMATION_SHARED', 'MEETING'] AND e.date >= $from AND e.date <= $to
      AND (EXISTS { (e)-[:RECORDED_IN]->(a1) }
           OR EXISTS { (e)-[:PARTICIPANT|RECORDED_BY]->(:Professional)-[:MEMBER_OF]->(a1) })
      AND (EXISTS { (e)-[:RECORDED_IN]->(a2) }
           OR EXISTS { (e)-[:PARTICIPANT|RECORDED_BY]->(:Professional)-[:MEMBER_OF]->(a2) })
  }
RETURN a1.id AS agencyA, a2.id AS agencyB, size(childIds) AS sharedChildren, childIds
ORDER BY sharedChildren DESC, agencyA, agencyB
LIMIT 500
