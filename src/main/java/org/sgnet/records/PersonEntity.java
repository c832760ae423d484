package org.sgnet.records;

import java.time.LocalDate;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/** A person as Spring Data Neo4j maps it, with the agency of a professional. */
@Node("Person")
class PersonEntity {

  @Id private final String id;
  private final String kind;
  private final String name;
  private final LocalDate birthDate;
  private final String role;
  private final java.util.List<String> identifiers;
  private final String postcode;
  private final java.util.List<String> provenance;

  @Relationship(type = "MEMBER_OF", direction = Relationship.Direction.OUTGOING)
  private final AgencyEntity agency;

  PersonEntity(
      String id,
      String kind,
      String name,
      LocalDate birthDate,
      String role,
      java.util.List<String> identifiers,
      String postcode,
      java.util.List<String> provenance,
      AgencyEntity agency) {
    this.id = id;
    this.kind = kind;
    this.name = name;
    this.birthDate = birthDate;
    this.role = role;
    this.identifiers = identifiers;
    this.postcode = postcode;
    this.provenance = provenance;
    this.agency = agency;
  }

  String getId() {
    return id;
  }

  String getKind() {
    return kind;
  }

  String getName() {
    return name;
  }

  LocalDate getBirthDate() {
    return birthDate;
  }

  String getRole() {
    return role;
  }

  java.util.List<String> getIdentifiers() {
    return identifiers;
  }

  String getPostcode() {
    return postcode;
  }

  java.util.List<String> getProvenance() {
    return provenance;
  }

  AgencyEntity getAgency() {
    return agency;
  }
}
