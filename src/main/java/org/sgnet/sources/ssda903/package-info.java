/**
 * The {@code ssda903} source: the SSDA903 return of children looked after by an English local
 * authority, in its CSV and XML forms, mapped to the case-bundle model by {@link
 * org.sgnet.sources.ssda903.Ssda903Adapter}.
 */
package org.sgnet.sources.ssda903;
