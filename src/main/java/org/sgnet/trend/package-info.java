/**
 * Trends for the board: the rule catalogue run as of each step (day, week, month or quarter)
 * between two dates, reduced to counts per rule and per theme and the children affected. Counts
 * only, never an id, so that every role may see them. No Micronaut here: the command line ({@code
 * sgnet trend}) and the HTTP API ({@code GET /api/trend}) wire it.
 */
package org.sgnet.trend;
