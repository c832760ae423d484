// Every recorded run, oldest first.
MATCH (r:SgnetRun)
RETURN r {.*} AS run
ORDER BY r.number
