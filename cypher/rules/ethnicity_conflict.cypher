// ETHNICITY_CONFLICT (rules.md rule 13). Lesson: agencies that each record a child's ethnicity
// differently do not know who the child is; identity needs to be asked of the child and recorded
// once, consistently.
// Every ETHNICITY_RECORDED up to $asOf (not only the window). Values compare with leading and
// trailing spaces and tabs removed, inner runs of spaces and tabs made one space, and lower-cased:
// splitting on space and tab and dropping the empty pieces does the first two at once. Nothing
// else is a space here (a non-breaking space stays a character of the value).
MATCH (e:Event)-[:ABOUT]->(c:Child)
WHERE e.type = 'ETHNICITY_RECORDED' AND e.date <= $asOf
  AND ($childId IS NULL OR c.id = $childId)
MATCH (e)-[:RECORDED_IN]->(a:Agency)
WITH c, e, a, [w IN split(e.value, [' ', '\t']) WHERE w <> ''] AS words
WITH c, e, a,
     toLower(coalesce(reduce(s = head(words), w IN tail(words) | s + ' ' + w), '')) AS norm
ORDER BY e.date, e.id
WITH c, collect({norm: norm, written: btrim(e.value, ' \t'), agency: a.id}) AS records
WITH c, records,
     reduce(firsts = [], r IN records |
       CASE WHEN any(f IN firsts WHERE f.norm = r.norm) THEN firsts ELSE firsts + r END) AS firsts
WHERE size(firsts) >= 2
WITH c, firsts, records,
     reduce(ags = [], r IN records |
       CASE WHEN r.agency IN ags THEN ags ELSE ags + r.agency END) AS agencies
WITH c, firsts, agencies,
     [ag IN agencies WHERE size(reduce(seen = [], r IN records |
        CASE WHEN r.agency <> ag OR r.norm IN seen THEN seen ELSE seen + r.norm END)) >= 2]
       AS withinAgency
RETURN [c.id] AS childIds,
       agencies AS agencyIds,
       [] AS personIds,
       CASE WHEN size(withinAgency) > 0 THEN 'HIGH' ELSE 'MEDIUM' END AS severity,
       {values: [f IN firsts | f.written], withinAgency: withinAgency} AS details
