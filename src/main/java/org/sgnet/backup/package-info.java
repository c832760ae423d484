/**
 * Backups (issue 18): {@link org.sgnet.backup.Backup} writes a consistent snapshot of a live store
 * (the whole graph, sgnet's own records included, read at one moment between two commit fences; the
 * users, token and pseudonymisation keys; the audit log up to its position) into one verifiable
 * file, and {@link org.sgnet.backup.Restore} checks such a file whole and rebuilds a new store from
 * it. No Micronaut here: the commands live in {@code org.sgnet.cli}.
 */
package org.sgnet.backup;
