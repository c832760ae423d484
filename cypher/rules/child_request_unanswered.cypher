// CHILD_REQUEST_UNANSWERED (rules.md rule 7). Lesson: a child's own request (to see a sibling, a
// parent) is easily lost between agencies; one still without an answering contact after
// $requestResponseDays days tells the child that asking changes nothing.
// The request is dated in the window and at least $requestResponseDays days before $asOf; an
// answer is a CONTACT about the same child from the request's date to $asOf (inclusive) that
// shares a participant with the request.
MATCH (r:Event)-[:ABOUT]->(c:Child)
WHERE r.type = 'REQUEST' AND $windowStart < r.date <= $asOf
  AND r.date <= $asOf - duration({days: $requestResponseDays})
  AND ($childId IS NULL OR c.id = $childId)
  AND NOT EXISTS {
    MATCH (c)<-[:ABOUT]-(k:Event)-[:PARTICIPANT]->()<-[:PARTICIPANT]-(r)
    WHERE k.type = 'CONTACT' AND r.date <= k.date <= $asOf
  }
RETURN [c.id] AS childIds,
       [] AS agencyIds,
       [(r)-[:PARTICIPANT]->(p:Person) | p.id] AS personIds,
       'MEDIUM' AS severity,
       {eventId: r.id} AS details
