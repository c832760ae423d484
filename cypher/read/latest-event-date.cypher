// The latest event date in the store: the default as-of date of an analysis. Ordered by the
// indexed date and cut to one row, so it reads one index entry instead of every event.
OPTIONAL MATCH (e:Event)
WHERE e.date IS NOT NULL
WITH e.date AS latest
ORDER BY latest DESC
LIMIT 1
RETURN latest
