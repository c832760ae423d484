/**
 * The rule catalogue of {@code rules.md}: the options of a run, the findings, the Cypher engine
 * that evaluates every rule in the store, and the shared assembly of findings (sorting, names,
 * messages) that makes the Cypher and JGraphT engines return identical findings. No Micronaut here:
 * the wiring lives in {@code org.sgnet.app}.
 */
package org.sgnet.rules;
