package org.sgnet.api;

import static org.sgnet.security.Roles.ADMIN;
import static org.sgnet.security.Roles.ANALYST;
import static org.sgnet.security.Roles.REVIEWER;
import static org.sgnet.security.Roles.TOOL;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.SerdeImport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.sgnet.SgnetException;
import org.sgnet.graph.ChildMetrics;
import org.sgnet.network.ChildNetwork;
import org.sgnet.network.ChildNetworkReader;
import org.sgnet.network.ChildPage;
import org.sgnet.network.ChildPageReader;
import org.sgnet.network.Coordination;
import org.sgnet.network.CoordinationReader;
import org.sgnet.network.LatestEventDateReader;
import org.sgnet.records.AgencyRecord;
import org.sgnet.records.PersonRecord;
import org.sgnet.records.Records;
import org.sgnet.rules.RuleDefaults;
import org.sgnet.rules.RuleOptions;
import org.sgnet.store.Store;
import org.sgnet.timeline.Timeline;
import org.sgnet.timeline.TimelineReader;

/** Read endpoints: agencies, people, and a child's network, metrics and timeline. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@SerdeImport(AgencyRecord.class)
@SerdeImport(PersonRecord.class)
@SerdeImport(ChildNetwork.class)
@SerdeImport(ChildNetwork.Node.class)
@SerdeImport(ChildNetwork.Edge.class)
@SerdeImport(ChildPage.class)
@SerdeImport(ChildPage.Child.class)
@SerdeImport(Timeline.class)
@SerdeImport(Timeline.Lane.class)
@SerdeImport(Timeline.Entry.class)
@SerdeImport(Timeline.Ref.class)
@SerdeImport(ChildMetrics.Result.class)
@SerdeImport(Coordination.Professional.class)
class ReadController {

  private final Records records;
  private final LatestEventDateReader latest;
  private final ChildNetworkReader networks;
  private final ChildPageReader children;
  private final TimelineReader timelines;
  private final CoordinationReader coordinations;
  private final RuleDefaults defaults;
  private final PersonCodes codes;

  ReadController(
      Records records,
      LatestEventDateReader latest,
      Store store,
      RuleDefaults defaults,
      PersonCodes codes) {
    this.codes = codes;
    this.records = records;
    this.latest = latest;
    this.defaults = defaults;
    this.networks = new ChildNetworkReader(store);
    this.children = new ChildPageReader(store);
    this.timelines = new TimelineReader(store);
    this.coordinations = new CoordinationReader(store);
  }

  /** Every agency, by id. */
  @Get("/agencies")
  @Secured({ADMIN, ANALYST, REVIEWER, TOOL})
  List<AgencyRecord> agencies() {
    return records.agencies();
  }

  /** One agency. */
  @Get("/agencies/{id}")
  @Secured({ADMIN, ANALYST, REVIEWER, TOOL})
  AgencyRecord agency(@PathVariable String id) {
    return Found.or404(records.agency(id), "agency", id);
  }

  /** The people of a kind (default: children), by id. */
  @Get("/people{?kind}")
  @Secured({ADMIN, ANALYST, TOOL})
  List<PersonRecord> people(
      Authentication authentication, @QueryValue(defaultValue = "CHILD") String kind) {
    String k = kind.toUpperCase(Locale.ROOT);
    if (!List.of("CHILD", "FAMILY", "CARER", "PROFESSIONAL", "OTHER").contains(k)) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT,
          "kind must be CHILD, FAMILY, CARER, PROFESSIONAL or OTHER");
    }
    return records.peopleOfKind(k).stream().map(p -> visible(authentication, p)).toList();
  }

  /**
   * One person, with the source records it was built from ({@code provenance}) and, for ADMIN and
   * ANALYST, its identifiers in those sources.
   */
  @Get("/people/{id}")
  @Secured({ADMIN, ANALYST, TOOL})
  PersonRecord person(Authentication authentication, @PathVariable String id) {
    return visible(authentication, Found.or404(records.person(id), "person", id));
  }

  /**
   * A person's identifiers (UPNs, NHS numbers) are for those who may export identifiable data:
   * another program (TOOL) gets the record without them.
   */
  private static PersonRecord visible(Authentication authentication, PersonRecord p) {
    java.util.Collection<String> roles = authentication.getRoles();
    return roles.contains(ADMIN) || roles.contains(ANALYST) ? p : p.withoutIdentifiers();
  }

  /**
   * A child's network as of a date (default: the latest event date in the store, or today): the
   * people tied to the child by ties active that day, and their agencies.
   */
  @Get("/children/{id}/network{?asOf,depth}")
  @Secured({ADMIN, ANALYST, REVIEWER, TOOL})
  ChildNetwork childNetwork(
      Authentication authentication,
      @PathVariable String id,
      @QueryValue(defaultValue = "") String asOf,
      @QueryValue(defaultValue = "1") int depth) {
    String childId = codes.childId(authentication, id);
    ChildNetwork network =
        Found.or404(networks.childNetwork(childId, Dates.asOf(asOf, latest), depth), "child", id);
    return codes.visible(authentication, network, ChildNetwork.class);
  }

  /**
   * Involved professionals and agencies, the coordination graph's components and brokers, and each
   * professional's betweenness in it, as of a date over a window.
   */
  @Operation(summary = "A child's coordination metrics")
  @Get("/children/{id}/metrics{?asOf,window}")
  @Secured({ADMIN, ANALYST, REVIEWER, TOOL})
  ChildMetrics.Result metrics(
      Authentication authentication,
      @PathVariable String id,
      @QueryValue(defaultValue = "") String asOf,
      @QueryValue(defaultValue = "90") int window) {
    LocalDate date = Dates.asOf(asOf, latest);
    String childId = codes.childId(authentication, id);
    ChildMetrics.Result metrics =
        Found.or404(
            coordinations
                .coordination(childId, date, window)
                .map(c -> new ChildMetrics(childId, c).result()),
            "child",
            id);
    return codes.visible(authentication, metrics, ChildMetrics.Result.class);
  }

  /** Children whose id or name contains {@code q}, known to {@code agency}, a page at a time. */
  @Get("/children{?q,agency,page,size}")
  @Secured({ADMIN, ANALYST, REVIEWER, TOOL})
  ChildPage children(
      HttpRequest<?> request,
      Authentication authentication,
      @QueryValue(defaultValue = "") String q,
      @QueryValue(defaultValue = "") String agency,
      @RequestBean Paging paging) {
    int page = paging.page();
    int size = paging.size();
    if (page < 0 || size < 1 || size > 1000) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT, "page must be 0 or more and size 1 to 1000");
    }
    ChildPage result =
        codes
            .search(authentication, q)
            .map(search -> children.children(search, agency, page, size))
            .orElseGet(() -> new ChildPage(0, page, size, List.of()));
    return codes.visible(request, authentication, result, ChildPage.class, result.items().size());
  }

  /**
   * A child's chronology up to a date, one lane per agency, with the analysis window ending on that
   * date ({@code windowDays}, {@code windowStart}): the same window as the findings of the same
   * {@code asOf} and {@code window}, so that a drawing can shade it.
   */
  @Operation(
      summary = "A child's chronology, one lane per agency",
      description =
          "Every event of the child up to asOf (default: the latest event date), one lane per"
              + " agency, oldest first. windowDays and windowStart give the analysis window that"
              + " ends on asOf: window days long (default: the configured window, as for"
              + " /api/findings), its first day asOf minus windowDays - 1. The window only names a"
              + " stretch; earlier events are still in the lanes.")
  @Get("/children/{id}/timeline{?asOf,agency,window}")
  @Secured({ADMIN, ANALYST, REVIEWER, TOOL})
  Timeline timeline(
      HttpRequest<?> request,
      Authentication authentication,
      @PathVariable String id,
      @QueryValue(defaultValue = "") String asOf,
      @QueryValue(defaultValue = "") String agency,
      @Parameter(description = "the window in days, at least 1; default the configured one")
          @QueryValue
          @Nullable
          String window) {
    LocalDate date = Dates.asOf(asOf, latest);
    RuleOptions.Builder options = defaults.options().toBuilder();
    if (window != null && !window.isBlank()) {
      options.windowDays(FindingsController.number("window", window));
    }
    // Built to validate the window as the findings do: a bad one answers 400 naming it.
    int windowDays = options.build().windowDays();
    Timeline timeline =
        Found.or404(
            timelines.timeline(codes.childId(authentication, id), date, windowDays, agency),
            "child",
            id);
    return codes.visible(request, authentication, timeline, Timeline.class, timeline.size());
  }
}
