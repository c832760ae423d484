// Opens the journal of a staged import. Until finish.cypher deletes this node, the import is
// unfinished and can be undone from its SgnetUndo nodes.
CREATE (:SgnetImport {id: $importId, started: datetime(), heartbeat: datetime()})
