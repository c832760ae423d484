package org.sgnet.records;

/**
 * An agency's record as stored.
 *
 * @param id the id
 * @param name the name
 * @param sector the sector, such as {@code POLICE}
 */
public record AgencyRecord(String id, String name, String sector) {}
