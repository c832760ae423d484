// name: child-events-by-agency
// description: The events about a child in a period, per agency whose record they are in: how many, which types, first and last date.
// param: childId string - The child's id.
// param: from date null The first day to include (default: no limit).
// param: to date null The last day to include (default: no limit).
MATCH (:Person:Child {id: $childId})<-[:ABOUT]-(e:Event)-[:RECORDED_IN]->(a:Agency)
WHERE ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
WITH a, e
ORDER BY e.date, e.id
WITH a, count(e) AS events, min(e.date) AS firstDate, max(e.date) AS lastDate,
     collect(DISTINCT e.type) AS types, collect(e.id) AS eventIds
RETURN a.id AS agencyId, a.name AS agency, a.sector AS sector, events, firstDate, lastDate,
       types, eventIds
ORDER BY events DESC, agencyId
LIMIT 100
