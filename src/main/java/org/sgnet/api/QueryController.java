package org.sgnet.api;

import static org.sgnet.security.Roles.ANALYST;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.codec.digest.DigestUtils;
import org.sgnet.SgnetException;
import org.sgnet.query.AnalystCypher;
import org.sgnet.query.NamedQueries;
import org.sgnet.query.QueryInfo;
import org.sgnet.query.QueryParam;
import org.sgnet.query.QueryResult;
import org.sgnet.security.AuditNote;

/** Named queries and read-only analyst Cypher, for analysts only. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(ANALYST)
@SerdeImport(QueryInfo.class)
@SerdeImport(QueryParam.class)
@SerdeImport(QueryResult.class)
class QueryController {

  private final NamedQueries named;
  private final AnalystCypher cypher;

  QueryController(NamedQueries named, AnalystCypher cypher) {
    this.named = named;
    this.cypher = cypher;
  }

  /** Every named query of {@code cypher/queries}, with its description and parameters. */
  @Operation(summary = "List the named queries")
  @Get("/queries")
  List<QueryInfo> list() {
    return named.list();
  }

  /** Runs a named query with the parameters in the body (a JSON object; may be empty). */
  @Operation(summary = "Run a named query")
  @Post("/queries/{name}")
  QueryResult run(
      HttpRequest<?> request,
      @PathVariable String name,
      @Nullable @Body Map<String, Object> parameters) {
    Map<String, Object> params = parameters == null ? Map.of() : parameters;
    AuditNote.attach(request, new AuditNote(name, strings(params), null, null, null));
    QueryResult result = named.run(name, params);
    AuditNote.attach(
        request, new AuditNote(name, strings(params), (long) result.rows().size(), null, null));
    return result;
  }

  /**
   * An analyst's read-only query.
   *
   * @param query the Cypher text: one read-only statement
   * @param parameters its parameters, or absent
   */
  @Serdeable
  record CypherRequest(String query, @Nullable Map<String, Object> parameters) {}

  /**
   * Runs an analyst's Cypher read-only, after refusing (400, before anything runs) anything that
   * writes, changes the schema, administers, loads files, switches database, holds several
   * statements or calls a procedure outside the allow-list. A query past its time or memory limit
   * is stopped (400); one over the limit of queries at once is refused (503, Retry-After).
   */
  @Operation(summary = "Run read-only analyst Cypher")
  @Post("/cypher")
  QueryResult cypher(HttpRequest<?> request, @Body CypherRequest body) {
    if (body == null || body.query() == null || body.query().isBlank()) {
      throw new SgnetException(SgnetException.Kind.INVALID_INPUT, "query must not be empty");
    }
    Map<String, Object> params = body.parameters() == null ? Map.of() : body.parameters();
    // The query text may hold names in its literals: the audit keeps its hash, not its text.
    Map<String, String> audited = new LinkedHashMap<>(strings(params));
    audited.put("queryHash", DigestUtils.sha256Hex(body.query()));
    AuditNote.attach(request, new AuditNote("cypher", audited, null, null, null));
    String user = request.getUserPrincipal().map(java.security.Principal::getName).orElse("");
    QueryResult result = cypher.run(user, body.query(), params);
    AuditNote.attach(
        request, new AuditNote("cypher", audited, (long) result.rows().size(), null, null));
    return result;
  }

  private static Map<String, String> strings(Map<String, Object> params) {
    Map<String, String> m = new LinkedHashMap<>();
    params.forEach((k, v) -> m.put(k, String.valueOf(v)));
    return m;
  }
}
