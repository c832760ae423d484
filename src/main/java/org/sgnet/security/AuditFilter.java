package org.sgnet.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.web.router.UriRouteMatch;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reactivestreams.Publisher;
import org.sgnet.audit.AuditEntry;
import org.sgnet.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one audit line for every request, allowed or denied, before its response leaves: it wraps
 * the security filter, so refusals (401, 403) are recorded as well as answers. If the line cannot
 * be written, the answer is withheld and the client gets a 500.
 *
 * <p>Parameter values are masked unless their names are known to carry no personal data (dates,
 * windows, rule names, formats, ids).
 */
@Filter(Filter.MATCH_ALL_PATTERN)
@Requires(beans = AuditLog.class)
class AuditFilter implements HttpServerFilter {

  /** Parameters whose values are not personal data and are kept as given. */
  static final Set<String> PLAIN =
      Set.of(
          "asOf",
          "window",
          "rule",
          "child",
          "childId",
          "agency",
          "agencyId",
          "engine",
          "format",
          "page",
          "size",
          "kind",
          "pseudonymise",
          "identifiable",
          "explain",
          "depth",
          "from",
          "to",
          "id",
          "overloadProfessionals",
          "overloadAgencies",
          "spocAgencies",
          "siloSharedChildren",
          "requestResponseDays",
          "reassessmentDays",
          "minChildren",
          "personA",
          "personB",
          "limit",
          "status",
          "open",
          "newSince",
          "after");

  private static final Logger LOG = LoggerFactory.getLogger(AuditFilter.class);

  private final AuditLog log;
  private final Clock clock;

  AuditFilter(AuditLog log) {
    this.log = log;
    this.clock = Clock.systemUTC();
  }

  @Override
  public int getOrder() {
    // Before the security filter, so that its refusals pass back through here.
    return ServerFilterPhase.SECURITY.before() - 10;
  }

  @Override
  public Publisher<MutableHttpResponse<?>> doFilter(
      HttpRequest<?> request, ServerFilterChain chain) {
    return Publishers.map(
        chain.proceed(request),
        response -> {
          try {
            log.append(entry(request, response));
            return response;
          } catch (RuntimeException e) {
            LOG.error("Cannot write the audit log; the answer is withheld: {}", e.toString());
            return HttpResponse.status(HttpStatus.INTERNAL_SERVER_ERROR);
          }
        });
  }

  private AuditEntry entry(HttpRequest<?> request, HttpResponse<?> response) {
    Optional<Authentication> auth =
        request.getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class);
    AuditNote note = request.getAttribute(AuditNote.ATTRIBUTE, AuditNote.class).orElse(null);
    Map<String, String> params = new LinkedHashMap<>();
    request
        .getParameters()
        .forEach((name, values) -> params.put(name, mask(name, String.join(",", values))));
    if (note != null) {
      note.params().forEach((name, value) -> params.put("body." + name, mask(name, value)));
    }
    String route =
        request
            .getAttribute(HttpAttributes.ROUTE_MATCH, UriRouteMatch.class)
            .map(m -> m.getRouteInfo().getUriMatchTemplate().toString())
            .orElse(request.getPath());
    int status = response.code();
    return new AuditEntry(
        clock.instant(),
        auth.map(Authentication::getName).orElse("anonymous"),
        auth.map(a -> List.copyOf(a.getRoles())).orElse(List.of()),
        request.getMethodName(),
        route,
        request.getPath(),
        note == null ? null : note.query(),
        params,
        status,
        !refused(status),
        note != null && note.size() != null ? note.size() : size(response),
        note == null ? null : note.change(),
        note == null ? null : note.event());
  }

  /** Refused for want of credentials or rights, or for too many failed logins (429). */
  private static boolean refused(int status) {
    return status == 401 || status == 403 || status == 429;
  }

  private static Long size(HttpResponse<?> response) {
    Object body = response.getBody().orElse(null);
    if (body instanceof Collection<?> c) {
      return (long) c.size();
    }
    return null;
  }

  static String mask(String name, String value) {
    return PLAIN.contains(name) ? value : "***";
  }
}
