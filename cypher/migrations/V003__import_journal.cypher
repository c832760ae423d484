// V003: the journal of a staged import (one transaction per batch), which lets an import that
// fails half-way be undone: one SgnetImport node per unfinished import, SgnetUndo nodes per batch.
CREATE CONSTRAINT sgnet_import_id IF NOT EXISTS FOR (i:SgnetImport) REQUIRE i.id IS UNIQUE;
CREATE INDEX sgnet_undo_batch IF NOT EXISTS FOR (u:SgnetUndo) ON (u.importId, u.seq);
