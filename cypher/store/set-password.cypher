// Run on the system database of the embedded store: the neo4j user's password is the generated
// one kept (owner-only) in the data directory.
ALTER USER neo4j SET PASSWORD $p CHANGE NOT REQUIRED
