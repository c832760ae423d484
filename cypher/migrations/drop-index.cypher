// Drops one leftover index by name (see leftover-indexes.cypher).
DROP INDEX $name IF EXISTS
