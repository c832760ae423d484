// Indexes that bear the name of a constraint a migration creates but back no constraint: what a
// process killed while Neo4j built a uniqueness constraint leaves behind (the backing index was
// made, the constraint not). They block the constraint's creation, so the migrator drops them.
SHOW INDEXES YIELD name, owningConstraint
WHERE owningConstraint IS NULL AND name IN $names
RETURN name
