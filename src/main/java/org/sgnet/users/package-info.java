/**
 * sgnet's own users: names, roles and bcrypt password hashes in an owner-only file kept with the
 * store (in the embedded store's data directory). Users live outside the graph on purpose, so that
 * no query over the graph, however it is written, can read a password hash.
 */
package org.sgnet.users;
