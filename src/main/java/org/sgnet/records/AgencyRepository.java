package org.sgnet.records;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** Agencies by id. */
interface AgencyRepository extends Neo4jRepository<AgencyEntity, String> {}
