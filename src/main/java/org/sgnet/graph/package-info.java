/**
 * The JGraphT engine: PROFESSIONAL_OVERLOAD, COORDINATION_GAP, AGENCY_SILO and SIBLING_CONTACT_GAP
 * of {@code rules.md} computed over an in-memory projection of the store, read with the driver in
 * one pass. It is the second, independent implementation of these rules next to their Cypher files;
 * the differential test holds the two to identical findings. No Micronaut here.
 */
package org.sgnet.graph;
