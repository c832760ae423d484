// Records that a migration was applied, with its checksum so that an edited file is noticed.
MERGE (m:SgnetMigration {version: $version})
ON CREATE SET m.description = $description, m.checksum = $checksum, m.appliedAt = datetime()
