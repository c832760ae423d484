// The commit point of a staged import: without its SgnetImport node the import is finished and
// its journal is only waiting to be cleaned up.
MATCH (i:SgnetImport {id: $importId})
DELETE i
