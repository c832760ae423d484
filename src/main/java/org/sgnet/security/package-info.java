/**
 * Authentication and authorisation at the HTTP edge (Micronaut Security): HTTP Basic for people,
 * JWT bearer tokens for tools ({@code POST /api/token}), users from {@link
 * org.sgnet.users.UserDirectory}, and tokens signed with a secret kept with the store.
 */
package org.sgnet.security;
