package org.sgnet.api;

import static org.sgnet.security.Roles.ADMIN;
import static org.sgnet.security.Roles.ANALYST;
import static org.sgnet.security.Roles.REVIEWER;
import static org.sgnet.security.Roles.TOOL;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.sgnet.SgnetException;
import org.sgnet.rules.Analysis;
import org.sgnet.rules.Analyzer;
import org.sgnet.rules.Engine;
import org.sgnet.rules.FindingsJson;
import org.sgnet.rules.Rule;
import org.sgnet.rules.RuleDefaults;
import org.sgnet.rules.RuleOptions;
import org.sgnet.rules.SharedAnalyses;
import org.sgnet.runs.Runs;
import org.sgnet.runs.Status;

/**
 * The findings of the rule catalogue: the same JSON document as {@code sgnet analyse --format
 * json}, written by the same writer, compact. Analyses are shared between requests and kept while
 * the store is unchanged ({@link SharedAnalyses}): tools that poll cannot pile the work up.
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class FindingsController {

  private final Analyzer analyzer;
  private final SharedAnalyses shared;
  private final RuleDefaults defaults;
  private final PersonCodes codes;
  private final Runs runs;

  /**
   * The last coded answer and the kept analysis it was coded from. Coding the whole catalogue for a
   * REVIEWER (every person's id and name in tens of thousands of findings) took 4 s at 30,000
   * children, on every visit to the children page; the analysis it codes is kept, the same object,
   * until the store changes, and the codes depend on nothing else.
   */
  private final AtomicReference<CodedAnswer> lastCoded = new AtomicReference<>();

  private record CodedAnswer(Analysis analysis, byte[] body) {}

  FindingsController(
      Analyzer analyzer,
      SharedAnalyses shared,
      RuleDefaults defaults,
      PersonCodes codes,
      Runs runs) {
    this.shared = shared;
    this.runs = runs;
    this.codes = codes;
    this.analyzer = analyzer;
    this.defaults = defaults;
  }

  /**
   * Runs the catalogue. Every parameter is optional; thresholds default to the configuration, then
   * to {@code rules.md}. A bad value answers 400 with a problem document. {@code newSince=RUN}
   * keeps the findings that recorded run did not find, {@code status=} those with that triage
   * status (a finding never recorded is new). A role that sees people under codes (REVIEWER) is
   * refused {@code explain=true} with 403, since evidence names people, their roles and sources
   * (the pseudonymised report gives it in codes), and a child it asks for by a code that is no
   * child answers 404 naming the code, not the id behind it.
   */
  @Operation(summary = "Run the rule catalogue and return its findings")
  @Get(
      uri =
          "/findings{?asOf,window,rule*,child,engine,explain,overloadProfessionals,overloadAgencies"
              + ",spocAgencies,siloSharedChildren,requestResponseDays,reassessmentDays,newSince,status}",
      produces = MediaType.APPLICATION_JSON)
  @Secured({ADMIN, ANALYST, REVIEWER, TOOL})
  HttpResponse<byte[]> findings(
      Authentication authentication,
      @RequestBean Period period,
      @QueryValue @Nullable List<String> rule,
      @QueryValue @Nullable String child,
      @QueryValue @Nullable String engine,
      @QueryValue @Nullable Boolean explain,
      @QueryValue @Nullable String overloadProfessionals,
      @QueryValue @Nullable String overloadAgencies,
      @QueryValue @Nullable String spocAgencies,
      @QueryValue @Nullable String siloSharedChildren,
      @QueryValue @Nullable String requestResponseDays,
      @QueryValue @Nullable String reassessmentDays,
      @QueryValue @Nullable String newSince,
      @QueryValue @Nullable String status) {
    boolean coded = PersonCodes.codedFor(authentication);
    boolean explained = Boolean.TRUE.equals(explain);
    if (coded && explained) {
      // Evidence names people, their roles, ids and source records: a role that may not read
      // person records gets it only in codes, from the pseudonymised report.
      throw new AuthorizationException(authentication);
    }
    RuleOptions.Builder b = period.applyTo(defaults.options().toBuilder());
    b.rules(rules(rule)).childId(codes.childId(authentication, child));
    b.override(
        new RuleOptions.Overrides(
            number("overloadProfessionals", overloadProfessionals),
            number("overloadAgencies", overloadAgencies),
            number("spocAgencies", spocAgencies),
            number("siloSharedChildren", siloSharedChildren),
            number("requestResponseDays", requestResponseDays),
            number("reassessmentDays", reassessmentDays)));
    RuleOptions options = b.build();
    Engine chosen =
        defaults.engineFor(
            engine == null || engine.isBlank() ? null : Engine.parse(engine), options);
    Analysis found;
    try {
      found = shared.analyse(options, chosen);
    } catch (SgnetException e) {
      if (coded && child != null && e.kind() == SgnetException.Kind.NOT_FOUND) {
        // The message names the id the code stood for: answer with the code asked by instead.
        throw new SgnetException(SgnetException.Kind.NOT_FOUND, "no child has id " + child, e);
      }
      throw e;
    }
    Analysis analysis =
        newSince == null && status == null
            ? found
            : new Analysis(
                found.asOf(),
                found.windowDays(),
                runs.filter(
                    found.findings(),
                    newSince == null || newSince.isBlank() ? null : newSince,
                    status == null || status.isBlank() ? null : Status.parse(status)));
    CodedAnswer last = lastCoded.get();
    byte[] body;
    // A coded answer never has evidence (refused above), so the analysis alone keys it.
    if (coded && last != null && last.analysis() == analysis) {
      body = last.body();
    } else {
      body =
          codes.visible(
              authentication,
              FindingsJson.bytes(analysis, explained ? analyzer.explain(analysis) : null));
      if (coded && analysis == found) {
        lastCoded.set(new CodedAnswer(analysis, body));
      }
    }
    return HttpResponse.ok(body).contentType(MediaType.APPLICATION_JSON_TYPE);
  }

  /** Reads the {@code rule} parameters, each one name or several separated by commas. */
  static List<Rule> rules(List<String> rule) {
    List<Rule> rules = new ArrayList<>();
    if (rule != null) {
      for (String r : rule) {
        for (String name : r.split(",")) {
          if (!name.isBlank()) {
            rules.add(Rule.parse(name));
          }
        }
      }
    }
    return rules;
  }

  /** Reads a whole-number parameter; {@code null} when it is absent. */
  static Integer number(String parameter, String text) {
    if (text == null) {
      return null;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT,
          "parameter " + parameter + ": '" + text + "' is not a whole number");
    }
  }
}
