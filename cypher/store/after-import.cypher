// After an import has committed: statements planned before it (a served store plans the pages'
// statements as it starts, on whatever it held then) could run for minutes on plans made for a
// store a thousandth the size, since Neo4j replans only after a while. So the index statistics
// are brought up to date, and every statement is planned afresh when it next runs.
CALL db.resampleOutdatedIndexes();
CALL db.clearQueryCaches();
