/**
 * Read-only queries for analysts: the named queries of {@code cypher/queries} and analyst-written
 * Cypher.
 *
 * <p>{@link org.sgnet.query.NamedQueries} lists and runs the shipped query files, whose header
 * comments give their names, descriptions and parameters. {@link org.sgnet.query.AnalystCypher}
 * runs Cypher written by an analyst after proving it read-only twice: first with a tokenizer that
 * comments, strings and quoted names cannot fool, then with Neo4j's own planner ({@code EXPLAIN}).
 * Both run their statement through one executor: a read-access-mode transaction with a timeout and
 * a row cap, which is never committed, and whose values come back as plain JSON-ready Java.
 */
package org.sgnet.query;
