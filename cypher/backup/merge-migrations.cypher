// Restores the records of the schema migrations ($rows: key, props): opening the new store applied
// them already, so the backup's records take the place of the new ones (same version, the
// original's date and checksum).
UNWIND $rows AS row
MERGE (m:SgnetMigration {version: row.props.version})
SET m = row.props
RETURN row.key AS key, elementId(m) AS element
