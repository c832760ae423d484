// name: ethnicity-records
// description: The ethnicity values recorded for each child, with the agencies that recorded each value, how often and when.
// param: childId string null Only this child (default: every child).
//
// Values are shown as written; differing entries for one child are what the analyst looks for.
MATCH (c:Child)<-[:ABOUT]-(e:Event {type: 'ETHNICITY_RECORDED'})-[:RECORDED_IN]->(a:Agency)
WHERE $childId IS NULL OR c.id = $childId
WITH c, e, a
ORDER BY a.id
WITH c, e.value AS value, collect(DISTINCT a.id) AS agencies, count(e) AS records,
     min(e.date) AS firstDate, max(e.date) AS lastDate
RETURN c.id AS childId, c.name AS child, value, agencies, records, firstDate, lastDate
ORDER BY childId, firstDate, value
LIMIT 1000
