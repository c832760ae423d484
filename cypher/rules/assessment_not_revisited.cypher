// ASSESSMENT_NOT_REVISITED (rules.md rule 11). Lesson: an assessment is a picture of one moment;
// when the child's or family's circumstances change and the assessment is not looked at again,
// plans rest on a situation that no longer exists.
// CIRCUMSTANCES_CHANGED events dated strictly after the child's latest ASSESSMENT dated up to
// $asOf (all of them when there is none) and at least $reassessmentDays days before $asOf.
MATCH (x:Event)-[:ABOUT]->(c:Child)
WHERE x.type = 'CIRCUMSTANCES_CHANGED' AND ($childId IS NULL OR c.id = $childId)
// x.date is read once, here, and tested on the projected value ($reassessmentDays is at least 0,
// so the bound is never after $asOf): reading it in the predicate as well let Neo4j 5.26's planner
// fail on some plans ("x.date should not appear non-cached"). Which plan it picks depends on the
// statistics and on how long its search may take, so two rules planned at once showed it.
WITH c, x.id AS changeId, x.date AS changed
WHERE changed <= $asOf - duration({days: $reassessmentDays})
WITH c, changeId, changed,
     COLLECT {
       MATCH (c)<-[:ABOUT]-(a:Event)
       WHERE a.type = 'ASSESSMENT' AND a.date <= $asOf
       RETURN max(a.date) AS last
     }[0] AS lastAssessment
WHERE lastAssessment IS NULL OR changed > lastAssessment
WITH c, changeId, changed
ORDER BY changed, changeId
WITH c, collect(changeId) AS changes
RETURN [c.id] AS childIds,
       [] AS agencyIds,
       [] AS personIds,
       'MEDIUM' AS severity,
       {eventIds: changes} AS details
