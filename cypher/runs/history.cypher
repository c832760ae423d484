// Every change to one finding, oldest first.
MATCH (c:SgnetFindingChange {key: $key})
RETURN c {.*} AS change
ORDER BY c.seq
