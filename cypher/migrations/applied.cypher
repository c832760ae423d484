// The versions of the migrations already applied to this store.
MATCH (m:SgnetMigration)
RETURN m.version AS version
