package org.sgnet.api;

import static org.sgnet.security.Roles.ADMIN;
import static org.sgnet.security.Roles.ANALYST;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sgnet.SgnetException;
import org.sgnet.bundle.Person;
import org.sgnet.identity.Identities;
import org.sgnet.security.AuditNote;
import org.sgnet.sources.IdentityCandidates;
import org.sgnet.store.Store;

/**
 * People who only look alike, and the analysts' decisions on them. Names and birth dates are
 * personal data: only ANALYST and ADMIN see and decide.
 */
@Controller("/api/identities")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({ADMIN, ANALYST})
class IdentitiesController {

  /** One side of a candidate pair. */
  @Serdeable
  record Side(String id, String kind, String name, LocalDate birthDate, List<String> sources) {}

  /** A candidate pair and why it looks alike. */
  @Serdeable
  record Candidate(Side a, Side b, List<String> evidence) {}

  /** A decision to make: {@code verdict} CONFIRMED (B becomes part of A) or REJECTED. */
  @Serdeable
  record DecisionRequest(String a, String b, String verdict, String reason) {}

  /** A decision as kept. */
  @Serdeable
  record Decision(String a, String b, String verdict, String reason, String by, String at) {}

  private final Identities identities;

  IdentitiesController(Store store) {
    this.identities = new Identities(store);
  }

  @Operation(
      summary = "Candidate identity matches",
      description =
          "Pairs of people who look alike (same name and birth date, or same last name, birth"
              + " date and postcode; professionals: same name and agency) but share no"
              + " identifier, without the pairs an analyst rejected.")
  @Get
  List<Candidate> candidates(HttpRequest<?> request) {
    List<Candidate> list =
        identities.candidates().stream().map(IdentitiesController::candidate).toList();
    AuditNote.attach(request, AuditNote.size(list.size()));
    return list;
  }

  @Operation(summary = "Identity decisions, oldest first")
  @Get("/decisions")
  List<Decision> decisions() {
    return identities.decisions().stream().map(IdentitiesController::decision).toList();
  }

  @Operation(
      summary = "Confirm or reject a candidate pair",
      description =
          "CONFIRMED makes b one person with a (b's ties and events move to a; b goes); REJECTED"
              + " keeps them apart and needs a reason. 404 for an unknown id, 400 when they cannot"
              + " be one person, 409 while an import runs.")
  @Post("/decisions")
  Decision decide(
      HttpRequest<?> request, Authentication authentication, @Body DecisionRequest body) {
    Identities.Verdict verdict;
    try {
      verdict =
          Identities.Verdict.valueOf(
              body.verdict() == null ? "" : body.verdict().strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT, "verdict must be CONFIRMED or REJECTED");
    }
    Identities.Decision d =
        identities.decide(body.a(), body.b(), verdict, body.reason(), authentication.getName());
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("verdict", d.verdict().name());
    after.put("kept", d.a());
    after.put("other", d.b());
    AuditNote.attach(request, new AuditNote(null, Map.of(), 1L, Map.of("after", after), null));
    return decision(d);
  }

  private static Candidate candidate(IdentityCandidates.Candidate c) {
    return new Candidate(side(c.a()), side(c.b()), c.evidence().stream().map(Enum::name).toList());
  }

  private static Side side(Person p) {
    return new Side(p.id(), p.kind().name(), p.name(), p.birthDate(), p.provenance());
  }

  private static Decision decision(Identities.Decision d) {
    return new Decision(d.a(), d.b(), d.verdict().name(), d.reason(), d.by(), d.at().toString());
  }
}
