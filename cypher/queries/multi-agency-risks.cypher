// name: multi-agency-risks
// description: Children with risks recorded by at least minAgencies agencies in a period, with the agencies and risk categories.
// param: from date today-90 The first day of the period (default: 90 days ago).
// param: to date today The last day of the period.
// param: minAgencies integer 2 The least number of agencies that must have recorded a risk.
//
// Risks seen by several agencies need managing together; whether they were is for the analyst
// (or the UNCOORDINATED_RISK rule) to judge.
MATCH (c:Child)<-[:ABOUT]-(e:Event {type: 'RISK'})-[:RECORDED_IN]->(a:Agency)
WHERE e.date >= $from AND e.date <= $to
WITH c, e, a
ORDER BY a.id, e.value
WITH c, collect(DISTINCT a.id) AS agencies, collect(DISTINCT e.value) AS categories,
     count(DISTINCT e) AS risks, min(e.date) AS firstDate, max(e.date) AS lastDate
WHERE size(agencies) >= $minAgencies
RETURN c.id AS childId, c.name AS child, size(agencies) AS agencyCount, agencies, categories,
       risks, firstDate, lastDate
ORDER BY agencyCount DESC, risks DESC, childId
LIMIT 500
