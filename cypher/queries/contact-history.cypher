// name: contact-history
// description: Every recorded event both people took part in (as its subject, a participant or its recorder), oldest first.
// param: personA string - One person's id.
// param: personB string - The other person's id.
// param: from date null The first day to include (default: no limit).
// param: to date null The last day to include (default: no limit).
// param: types string-list null Only events of these types, e.g. CONTACT,MEETING (default: every type).
MATCH (a:Person {id: $personA})<-[:ABOUT|PARTICIPANT|RECORDED_BY]-(e:Event)
WHERE ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
  AND ($types IS NULL OR e.type IN $types)
  AND EXISTS { (e)-[:ABOUT|PARTICIPANT|RECORDED_BY]->(:Person {id: $personB}) }
WITH DISTINCT e
MATCH (e)-[:ABOUT]->(c:Person)
MATCH (e)-[:RECORDED_IN]->(ag:Agency)
RETURN e.date AS date, e.id AS eventId, e.type AS type, e.subtype AS subtype,
       e.requestedBy AS requestedBy, c.id AS subjectId, ag.id AS agencyId, e.summary AS summary
ORDER BY date, eventId
LIMIT 1000
