/**
 * Exports of the whole network: GraphML (through jgrapht-io, for Gephi, yEd and networkx), JSON
 * (nodes and relationships with every property) and CSV (a case bundle that imports back).
 *
 * <p>The exports' read model, {@link org.sgnet.export.GraphSnapshot} (every node and relationship
 * as plain data, or one child's part of them), lives here with its reader because the exports and
 * their pseudonymisation are what it is for; the report reads it too, to name people by the same
 * codes as a pseudonymised export.
 */
package org.sgnet.export;
