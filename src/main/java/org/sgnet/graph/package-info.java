/**
 * The JGraphT engine: the rules of {@code rules.md} computed over an in-memory projection of the
 * store, read with the driver in one pass, by each rule type's twin ({@link GraphTwin}); the graph
 * algorithms four of them need (involvement, coordination components and brokers, agency silos,
 * siblings living apart) live here. It is the second, independent implementation of the catalogue
 * next to the Cypher files, the differential test holds the two to identical findings, and it is
 * the standard engine while the heap holds the projection. No Micronaut here.
 */
package org.sgnet.graph;
