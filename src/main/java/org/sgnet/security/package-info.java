/**
 * Authentication and authorisation at the HTTP edge (Micronaut Security): HTTP Basic for people,
 * JWT bearer tokens for tools ({@code POST /api/token}), users from {@link
 * org.sgnet.users.UserDirectory}, and tokens signed with a secret kept with the store. Every
 * password goes through {@link org.sgnet.security.LoginGuard}, which slows and locks a name after
 * failed logins; tokens carry their user's session generation, so that revoking ends them.
 */
package org.sgnet.security;
