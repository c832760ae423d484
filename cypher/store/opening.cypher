// What opening a store checks before anyone reads it, in one statement (each statement costs a
// cold process its planning): the schema migrations applied, the imports started and neither
// finished nor undone (oldest first, with their last batch), and whether any import journal is
// left at all (a finished import's journal a crash left behind is removed then).
CALL {
  OPTIONAL MATCH (m:SgnetMigration)
  RETURN collect(m.version) AS applied
}
CALL {
  OPTIONAL MATCH (i:SgnetImport)
  WITH i ORDER BY i.started
  RETURN collect(CASE WHEN i IS NOT NULL THEN {importId: i.id, heartbeat: i.heartbeat} END) AS unfinished
}
CALL {
  OPTIONAL MATCH (u:SgnetUndo)
  WITH u LIMIT 1
  RETURN count(u) > 0 AS journal
}
RETURN applied, unfinished, journal
