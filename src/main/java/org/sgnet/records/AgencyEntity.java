package org.sgnet.records;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** An agency as Spring Data Neo4j maps it. */
@Node("Agency")
class AgencyEntity {

  @Id private final String id;
  private final String name;
  private final String sector;

  AgencyEntity(String id, String name, String sector) {
    this.id = id;
    this.name = name;
    this.sector = sector;
  }

  String getId() {
    return id;
  }

  String getName() {
    return name;
  }

  String getSector() {
    return sector;
  }
}
