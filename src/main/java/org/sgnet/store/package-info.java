/**
 * The Neo4j store: embedded in the process or an external server or cluster, always reached through
 * the Neo4j Java driver so that every query takes the same path.
 *
 * <p>{@link org.sgnet.store.Store} is the entry point: it owns the driver, applies the schema
 * migrations of {@code cypher/migrations} at start, and runs the parameterised statements of {@code
 * cypher/}. {@link org.sgnet.store.BundleImporter} writes a validated bundle all or nothing, one
 * import at a time: by default in one transaction up to 50,000 rows, above that one transaction per
 * batch with an undo journal ({@code ImportJournal}). {@link org.sgnet.store.BulkImport} writes one
 * into a new embedded store, before it opens, with Neo4j's parallel bulk importer instead.
 *
 * <p>Only the store lives here. What is read out of it lives with the feature that reads it: the
 * network's read models in {@code network}, the chronology in {@code timeline}, the exports'
 * snapshot in {@code export}.
 */
package org.sgnet.store;
