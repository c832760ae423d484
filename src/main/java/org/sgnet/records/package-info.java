/**
 * Record reads (and later corrections) of people and agencies through Spring Data Neo4j, used
 * without a Spring context.
 *
 * <p>This is the only package that knows SDN: its entities and repositories are package-private and
 * never leave it. Callers get the plain {@link org.sgnet.records.PersonRecord} and {@link
 * org.sgnet.records.AgencyRecord} from {@link org.sgnet.records.Records}.
 */
package org.sgnet.records;
