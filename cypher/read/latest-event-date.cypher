// The latest event date in the store: the default as-of date of an analysis.
MATCH (e:Event)
RETURN max(e.date) AS latest
