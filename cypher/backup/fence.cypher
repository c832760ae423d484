// A backup's fence: a write of its own that gives the store a new transaction number, read from
// the session's bookmark. Two fences one number apart prove that nothing committed between them.
MERGE (c:SgnetCounter {name: 'backup'})
SET c.fences = coalesce(c.fences, 0) + 1
