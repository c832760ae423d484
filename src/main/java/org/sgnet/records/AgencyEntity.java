package org.sgnet.records;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * An agency as Spring Data Neo4j maps it. Nothing changes an agency in place, so it is a record,
 * built by the mapping through its canonical constructor.
 *
 * @param id the agency id
 * @param name the name
 * @param sector the sector
 */
@Node("Agency")
record AgencyEntity(@Id String id, String name, String sector) {}
