// ETHNICITY_NOT_RECORDED (rules.md rule 14). Lesson: a child assessed without anyone recording
// their ethnicity has been assessed without their identity, culture and heritage in view.
MATCH (c:Child)
WHERE ($childId IS NULL OR c.id = $childId)
  AND EXISTS {
    MATCH (c)<-[:ABOUT]-(e:Event)
    WHERE e.type = 'ASSESSMENT' AND e.date <= $asOf
  }
  AND NOT EXISTS {
    MATCH (c)<-[:ABOUT]-(e:Event)
    WHERE e.type = 'ETHNICITY_RECORDED' AND e.date <= $asOf
  }
RETURN [c.id] AS childIds,
       [] AS agencyIds,
       [] AS personIds,
       'MEDIUM' AS severity,
       {} AS details
