/**
 * Identities in the store: importing a source matched against the people sources built before
 * ({@link org.sgnet.identity.SourceImport}), and the candidates and analysts' decisions on people
 * who only look alike ({@link org.sgnet.identity.Identities}).
 */
package org.sgnet.identity;
