/**
 * Findings that last (issue 17): recorded runs of the whole catalogue, each finding kept under a
 * stable key across runs (first and last seen, resolved, reopened), the analysts' triage of it with
 * its history, and the change feed numbered from one counter. No Micronaut here: the HTTP endpoints
 * live in {@code org.sgnet.api}, the commands in {@code org.sgnet.cli}.
 */
package org.sgnet.runs;
