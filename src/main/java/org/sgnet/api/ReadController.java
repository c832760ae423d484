package org.sgnet.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.SerdeImport;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.sgnet.SgnetException;
import org.sgnet.records.AgencyRecord;
import org.sgnet.records.PersonRecord;
import org.sgnet.records.Records;
import org.sgnet.store.ChildNetwork;
import org.sgnet.store.NetworkReader;

/** Read endpoints: agencies, people and a child's network. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@SerdeImport(AgencyRecord.class)
@SerdeImport(PersonRecord.class)
@SerdeImport(ChildNetwork.class)
@SerdeImport(ChildNetwork.Node.class)
@SerdeImport(ChildNetwork.Edge.class)
class ReadController {

  private final Records records;
  private final NetworkReader network;

  ReadController(Records records, NetworkReader network) {
    this.records = records;
    this.network = network;
  }

  /** Every agency, by id. */
  @Get("/agencies")
  List<AgencyRecord> agencies() {
    return records.agencies();
  }

  /** One agency. */
  @Get("/agencies/{id}")
  AgencyRecord agency(@PathVariable String id) {
    return records
        .agency(id)
        .orElseThrow(
            () -> new SgnetException(SgnetException.Kind.NOT_FOUND, "no agency has id " + id));
  }

  /** The people of a kind (default: children), by id. */
  @Get("/people{?kind}")
  List<PersonRecord> people(@QueryValue(defaultValue = "CHILD") String kind) {
    String k = kind.toUpperCase(Locale.ROOT);
    if (!List.of("CHILD", "FAMILY", "CARER", "PROFESSIONAL", "OTHER").contains(k)) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT,
          "kind must be CHILD, FAMILY, CARER, PROFESSIONAL or OTHER");
    }
    return records.peopleOfKind(k);
  }

  /** One person. */
  @Get("/people/{id}")
  PersonRecord person(@PathVariable String id) {
    return records
        .person(id)
        .orElseThrow(
            () -> new SgnetException(SgnetException.Kind.NOT_FOUND, "no person has id " + id));
  }

  /**
   * A child's network as of a date (default: the latest event date in the store, or today): the
   * people tied to the child by ties active that day, and their agencies.
   */
  @Get("/children/{id}/network{?asOf}")
  ChildNetwork childNetwork(@PathVariable String id, @QueryValue(defaultValue = "") String asOf) {
    LocalDate date = asOf.isBlank() ? defaultAsOf() : Dates.parse("asOf", asOf);
    return network
        .childNetwork(id, date)
        .orElseThrow(
            () -> new SgnetException(SgnetException.Kind.NOT_FOUND, "no child has id " + id));
  }

  private LocalDate defaultAsOf() {
    return network.latestEventDate().orElse(LocalDate.now(ZoneOffset.UTC));
  }
}
