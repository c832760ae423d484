// Creates or updates findings by stable key; the properties given replace those of the same name.
UNWIND $rows AS row
MERGE (f:SgnetFinding {key: row.key})
SET f += row.props
