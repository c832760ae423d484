package org.sgnet.users;

import java.time.Instant;

/**
 * A user as listed: never with the password hash.
 *
 * @param name the login name
 * @param role the role
 * @param lockedUntil when the user's lockout after failed logins ends, or {@code null} when none is
 *     in force
 */
public record User(String name, Role role, Instant lockedUntil) {}
