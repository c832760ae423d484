/**
 * Exports of the whole network: GraphML (through jgrapht-io, for Gephi, yEd and networkx), JSON
 * (nodes and relationships with every property) and CSV (a case bundle that imports back).
 */
package org.sgnet.export;
