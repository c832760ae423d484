package org.sgnet.users;

/**
 * A user as listed: never with the password hash.
 *
 * @param name the login name
 * @param role the role
 */
public record User(String name, Role role) {}
