/**
 * The rule catalogue of {@code rules.md}, one type per rule. A type owns everything about its rule:
 * number, name and theme, its details record, its message and recommendation, its evidence and its
 * in-memory twin ({@link org.sgnet.graph.GraphTwin}), which every rule has today though a new rule
 * may start without one (its runs then stay on Cypher). Its statement is {@code
 * cypher/rules/<name>.cypher}. Types register themselves with {@code @AutoService(Rule.class)}, so
 * adding a rule touches its own type, its statement and its tests; {@code docs/adding-a-rule.md}
 * walks through it. No Micronaut here.
 */
package org.sgnet.catalogue;
