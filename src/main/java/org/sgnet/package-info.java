/**
 * sgnet, a safeguarding network analyzer: the people and agencies around children at risk as a
 * Neo4j graph, with rules that find the patterns multi-agency reviews keep finding.
 *
 * <p>Feature packages: {@code bundle} (the case-bundle import format), {@code store} (Neo4j,
 * embedded or external, always through the Java driver), {@code records} (Spring Data Neo4j record
 * reads and corrections), {@code export}, {@code query} (named queries and read-only analyst
 * Cypher), {@code api} (HTTP), {@code cli} (picocli) and {@code demo}.
 */
package org.sgnet;
