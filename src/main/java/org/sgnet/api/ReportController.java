package org.sgnet.api;

import static org.sgnet.security.Roles.ADMIN;
import static org.sgnet.security.Roles.ANALYST;
import static org.sgnet.security.Roles.REVIEWER;
import static org.sgnet.security.Roles.TOOL;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import org.sgnet.report.ReportFile;
import org.sgnet.report.ReportFormat;
import org.sgnet.report.ReportRequest;
import org.sgnet.report.Reporter;
import org.sgnet.rules.RuleDefaults;
import org.sgnet.rules.RuleOptions;
import org.sgnet.security.AuditNote;

/** The board briefing of {@code sgnet report}, over HTTP. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class ReportController {

  /**
   * The HTML report stands alone: it may load nothing and run nothing, only use its own inline
   * styles.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none';"
          + " frame-ancestors 'none'";

  private final Reporter reporter;
  private final RuleDefaults defaults;

  ReportController(Reporter reporter, RuleDefaults defaults) {
    this.reporter = reporter;
    this.defaults = defaults;
  }

  @Operation(
      summary = "Write the board briefing",
      description =
          "A summary, the findings under the review's six themes with evidence, dates and"
              + " recommendations, and an ecomap and a timeline for each child with findings (or"
              + " for one child), as self-contained HTML or as PDF. Pseudonymised with the export"
              + " codes unless identifiable=true, which needs the ANALYST role.")
  @Get("/report{?format,child,asOf,window,identifiable}")
  @Secured({ADMIN, ANALYST, REVIEWER, TOOL})
  HttpResponse<byte[]> report(
      HttpRequest<?> request,
      Authentication authentication,
      @QueryValue(defaultValue = "html") String format,
      @QueryValue @Nullable String child,
      @RequestBean Period period,
      @QueryValue(defaultValue = "false") boolean identifiable) {
    // As for exports: names, roles and case notes are for analysts only.
    if (identifiable && !authentication.getRoles().contains(ANALYST)) {
      throw new AuthorizationException(authentication);
    }
    ReportFormat f = ReportFormat.parse(format);
    RuleOptions options = period.applyTo(defaults.options().toBuilder()).childId(child).build();
    ReportFile file =
        reporter.write(
            new ReportRequest(options, defaults.engineFor(null, options), identifiable), f);
    AuditNote.attach(request, AuditNote.size(file.findings()));
    // A pseudonymised report's file name must not carry the child's real id either.
    String name =
        "sgnet-report"
            + (identifiable && options.childId() != null
                ? "-" + options.childId().replaceAll("[^A-Za-z0-9._-]", "_")
                : "")
            + (identifiable ? "" : "-pseudonymised")
            + f.extension();
    return HttpResponse.ok(file.content())
        .contentType(f.mediaType())
        .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        .header(
            "Content-Disposition",
            (f == ReportFormat.PDF ? "attachment" : "inline") + "; filename=\"" + name + "\"");
  }
}
