// CHILD_REQUEST_MISATTRIBUTED (rules.md rule 8). Lesson: when the contact a child asked for is
// recorded as arranged by the service, the child's voice disappears from the record and nobody
// can later see that the child had to ask.
// The first answering contact: the earliest CONTACT about the same child dated from the request's
// date to min($asOf, request date + $requestResponseDays) that shares a participant with the
// request; ties go to the smaller event id.
MATCH (r:Event)-[:ABOUT]->(c:Child)
WHERE r.type = 'REQUEST' AND $windowStart < r.date <= $asOf
  AND ($childId IS NULL OR c.id = $childId)
CALL (r, c) {
  MATCH (c)<-[:ABOUT]-(k:Event)-[:PARTICIPANT]->()<-[:PARTICIPANT]-(r)
  WHERE k.type = 'CONTACT' AND r.date <= k.date <= $asOf
    AND k.date <= r.date + duration({days: $requestResponseDays})
  RETURN DISTINCT k
  ORDER BY k.date, k.id
  LIMIT 1
}
WITH c, r, k
WHERE k.requestedBy = 'SERVICE'
RETURN [c.id] AS childIds,
       [] AS agencyIds,
       [] AS personIds,
       'LOW' AS severity,
       {eventId: k.id, requestEventId: r.id} AS details
