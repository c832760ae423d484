/**
 * The audit trail: one JSON line per request, each carrying the SHA-256 hash of the line before it
 * and its own, so that editing, removing or reordering any line is detected by {@link
 * org.sgnet.audit.AuditLog#verify(java.nio.file.Path)}.
 */
package org.sgnet.audit;
