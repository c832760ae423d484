package org.sgnet.api;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Gives every error Micronaut itself answers (401, 403, 404 of an unknown route, a malformed
 * request) the same {@code application/problem+json} shape as sgnet's own problems. Server errors
 * say nothing about their cause.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
class ProblemBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

  @Override
  public String contentType() {
    return ProblemHandler.PROBLEM_JSON.toString();
  }

  @Override
  public Problem body(ErrorContext context, HttpResponse<?> response) {
    int status = response.code();
    String detail =
        status >= 500
            ? "the request could not be completed"
            : context.getErrors().stream()
                .map(Error::getMessage)
                .findFirst()
                .orElse(response.reason());
    return new Problem(
        "urn:sgnet:problem:http-" + status, response.reason(), status, detail, List.of());
  }
}
