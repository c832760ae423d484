package org.sgnet.records;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.sgnet.SgnetException;
import org.springframework.data.domain.Sort;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.Neo4jTemplate;
import org.springframework.data.neo4j.core.mapping.Neo4jMappingContext;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.data.neo4j.repository.support.SgnetRepositoryBridge;

/**
 * Reads person and agency records through Spring Data Neo4j repositories built on the store's
 * driver, without a Spring context.
 */
public final class Records {

  private final PersonRepository people;
  private final AgencyRepository agencies;

  /**
   * @param driver the store's driver
   * @param database the database name, or {@code null} for the default one
   */
  public Records(Driver driver, String database) {
    DatabaseSelectionProvider selection =
        database == null
            ? DatabaseSelectionProvider.getDefaultSelectionProvider()
            : DatabaseSelectionProvider.createStaticDatabaseSelectionProvider(database);
    Neo4jClient client = Neo4jClient.with(driver).withDatabaseSelectionProvider(selection).build();
    Neo4jMappingContext context = new Neo4jMappingContext();
    context.setInitialEntitySet(Set.of(PersonEntity.class, AgencyEntity.class));
    context.initialize();
    // Outside Spring the template needs its transaction manager given explicitly.
    Neo4jTransactionManager transactions =
        Neo4jTransactionManager.with(driver).withDatabaseSelectionProvider(selection).build();
    Neo4jTemplate template = new Neo4jTemplate(client, context, transactions);
    this.people = SgnetRepositoryBridge.create(PersonRepository.class, template, context);
    this.agencies = SgnetRepositoryBridge.create(AgencyRepository.class, template, context);
  }

  /** Returns the person with this id. */
  public Optional<PersonRecord> person(String id) {
    return people.findById(id).map(Records::toRecord);
  }

  /** Returns the agency with this id. */
  public Optional<AgencyRecord> agency(String id) {
    return agencies.findById(id).map(Records::toRecord);
  }

  /** Returns every agency, by id. */
  public List<AgencyRecord> agencies() {
    return agencies.findAll(Sort.by("id")).stream().map(Records::toRecord).toList();
  }

  /** Returns the people of a kind, by id. */
  public List<PersonRecord> peopleOfKind(String kind) {
    return people.findByKindOrderById(kind).stream().map(Records::toRecord).toList();
  }

  /**
   * Corrects a person's name, role or agency (a {@code null} argument leaves that field as it is)
   * through the repositories, and returns the record before and after.
   */
  public Correction correct(String id, String name, String role, String agencyId) {
    PersonEntity before =
        people
            .findById(id)
            .orElseThrow(
                () -> new SgnetException(SgnetException.Kind.NOT_FOUND, "no person has id " + id));
    if (name != null && name.isBlank()) {
      throw new SgnetException(SgnetException.Kind.INVALID_INPUT, "name must not be empty");
    }
    AgencyEntity agency = before.getAgency();
    if (agencyId != null) {
      if (!"PROFESSIONAL".equals(before.getKind())) {
        throw new SgnetException(
            SgnetException.Kind.INVALID_INPUT, "only a professional belongs to an agency");
      }
      agency =
          agencies
              .findById(agencyId)
              .orElseThrow(
                  () ->
                      new SgnetException(
                          SgnetException.Kind.INVALID_INPUT, "no agency has id " + agencyId));
    }
    PersonEntity after =
        new PersonEntity(
            before.getId(),
            before.getKind(),
            name != null ? name.strip() : before.getName(),
            before.getBirthDate(),
            role != null ? (role.isBlank() ? null : role.strip()) : before.getRole(),
            before.getIdentifiers(),
            before.getPostcode(),
            before.getProvenance(),
            agency);
    return new Correction(toRecord(before), toRecord(people.save(after)));
  }

  /**
   * A correction's before and after.
   *
   * @param before the record as it was
   * @param after the record as it is now
   */
  public record Correction(PersonRecord before, PersonRecord after) {}

  private static PersonRecord toRecord(PersonEntity p) {
    AgencyEntity a = p.getAgency();
    return new PersonRecord(
        p.getId(),
        p.getKind(),
        p.getName(),
        p.getBirthDate(),
        p.getRole(),
        a == null ? null : a.id(),
        a == null ? null : a.name(),
        p.getIdentifiers() == null ? List.of() : List.copyOf(p.getIdentifiers()),
        p.getProvenance() == null ? List.of() : List.copyOf(p.getProvenance()));
  }

  private static AgencyRecord toRecord(AgencyEntity a) {
    return new AgencyRecord(a.id(), a.name(), a.sector());
  }
}
