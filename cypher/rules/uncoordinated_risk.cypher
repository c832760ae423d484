// UNCOORDINATED_RISK (rules.md rule 4). Lesson: risks that several agencies each see, or risks of
// several kinds, must be managed together; without a multi-agency strategy or risk management
// meeting every agency holds its own piece and nobody manages the whole.
// A risk is raised by its event's agency; a meeting counts when the professionals among its
// people (recorder, participants) belong to at least 2 agencies (the meeting's own agency_id does
// not count).
MATCH (e:Event)-[:ABOUT]->(c:Child)
WHERE e.type = 'RISK' AND $windowStart < e.date <= $asOf
  AND ($childId IS NULL OR c.id = $childId)
MATCH (e)-[:RECORDED_IN]->(a:Agency)
WITH c, collect(DISTINCT e.value) AS risks, collect(DISTINCT a.id) AS raisedBy
WHERE (size(risks) >= 2 OR size(raisedBy) >= 2)
  AND NOT EXISTS {
    MATCH (c)<-[:ABOUT]-(m:Event)
    WHERE m.type = 'MEETING' AND m.subtype IN ['RISK_MANAGEMENT', 'STRATEGY']
      AND $windowStart < m.date <= $asOf
      AND size(COLLECT {
        MATCH (m)-[:RECORDED_BY|PARTICIPANT]->(:Professional)-[:MEMBER_OF]->(x:Agency)
        RETURN DISTINCT x.id
      }) >= 2
  }
RETURN [c.id] AS childIds,
       raisedBy AS agencyIds,
       [] AS personIds,
       'HIGH' AS severity,
       {risks: risks} AS details
