// The findings kept, by key; $status and $open narrow them when not null.
MATCH (f:SgnetFinding)
WHERE ($status IS NULL OR f.status = $status)
  AND ($open IS NULL OR f.open = $open)
RETURN f {.*} AS finding
ORDER BY f.key
