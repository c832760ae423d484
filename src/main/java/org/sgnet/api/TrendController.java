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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import org.sgnet.rules.Analyzer;
import org.sgnet.rules.Engine;
import org.sgnet.rules.RuleDefaults;
import org.sgnet.rules.RuleOptions;
import org.sgnet.trend.Step;
import org.sgnet.trend.TrendJson;
import org.sgnet.trend.Trends;

/**
 * The board's trend: the same JSON document as {@code sgnet trend --format json}, written by the
 * same writer, compact. It holds counts only, no id of a child or person, so every role reads the
 * same document and no coding for REVIEWER is needed.
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class TrendController {

  private final Trends trends;
  private final RuleDefaults defaults;

  TrendController(Analyzer analyzer, RuleDefaults defaults) {
    this.trends = new Trends(analyzer);
    this.defaults = defaults;
  }

  /**
   * Runs the catalogue as of the end of each step from {@code from} to {@code to} and counts the
   * findings per rule and theme and the children affected. Every parameter is optional: {@code to}
   * defaults to the latest event date, {@code from} to eleven steps before it, {@code step} to
   * month. A bad value, or more than 120 steps, answers 400 naming the parameter.
   */
  @Operation(summary = "Findings per rule and theme and children affected, step by step")
  @Get(uri = "/trend{?from,to,step,window,rule*,engine}", produces = MediaType.APPLICATION_JSON)
  @Secured({ADMIN, ANALYST, REVIEWER, TOOL})
  HttpResponse<byte[]> trend(
      @QueryValue @Nullable String from,
      @QueryValue @Nullable String to,
      @QueryValue @Nullable String step,
      @QueryValue @Nullable String window,
      @QueryValue @Nullable List<String> rule,
      @QueryValue @Nullable String engine) {
    RuleOptions.Builder b = defaults.options().toBuilder();
    Integer days = FindingsController.number("window", window);
    if (days != null) {
      b.windowDays(days);
    }
    RuleOptions options = b.rules(FindingsController.rules(rule)).build();
    Engine chosen = defaults.engineForTrend(blank(engine) ? null : Engine.parse(engine), options);
    byte[] body =
        TrendJson.bytes(
            trends.run(
                date("from", from),
                date("to", to),
                blank(step) ? Step.MONTH : Step.parse(step),
                options,
                chosen));
    return HttpResponse.ok(body).contentType(MediaType.APPLICATION_JSON_TYPE);
  }

  private static LocalDate date(String parameter, String text) {
    return blank(text) ? null : Dates.parse(parameter, text.strip());
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
