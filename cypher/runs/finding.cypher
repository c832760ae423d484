// One finding by stable key.
MATCH (f:SgnetFinding {key: $key})
RETURN f {.*} AS finding
