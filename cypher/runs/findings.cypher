// The findings kept, by key; $status, $open and $child (a child the finding is about) narrow them
// when not null.
MATCH (f:SgnetFinding)
WHERE ($status IS NULL OR f.status = $status)
  AND ($open IS NULL OR f.open = $open)
  AND ($child IS NULL OR $child IN f.childIds)
RETURN f {.*} AS finding
ORDER BY f.key
