package org.sgnet.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import org.sgnet.SgnetException;
import org.sgnet.bundle.BundleError;
import org.sgnet.bundle.BundleInvalidException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns domain failures into {@code application/problem+json} responses, once, at the edge. */
@Singleton
@Produces("application/problem+json")
@Requires(classes = {SgnetException.class, ExceptionHandler.class})
class ProblemHandler implements ExceptionHandler<SgnetException, HttpResponse<Problem>> {

  static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

  private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

  @Override
  public HttpResponse<Problem> handle(HttpRequest request, SgnetException e) {
    HttpStatus status =
        switch (e.kind()) {
          case INVALID_INPUT -> HttpStatus.BAD_REQUEST;
          case NOT_FOUND -> HttpStatus.NOT_FOUND;
          case CONFLICT -> HttpStatus.CONFLICT;
          case BUSY -> HttpStatus.SERVICE_UNAVAILABLE;
          case NO_SPACE -> HttpStatus.INSUFFICIENT_STORAGE;
          case FAILURE -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
    List<String> errors =
        e instanceof BundleInvalidException invalid
            ? invalid.errors().stream().map(BundleError::toString).toList()
            : e instanceof org.sgnet.sources.SourceInvalidException source
                ? source.errors().stream().map(Object::toString).toList()
                : List.of();
    if (status == HttpStatus.INTERNAL_SERVER_ERROR) {
      // The cause may carry details worth a look; the response never does.
      LOG.error(
          "Request {} {} failed: {}", request.getMethod(), request.getPath(), e.getMessage(), e);
    }
    Problem problem =
        new Problem(
            "urn:sgnet:problem:"
                + e.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
            title(status),
            status.getCode(),
            status == HttpStatus.INTERNAL_SERVER_ERROR
                ? "the request could not be completed"
                : e.getMessage(),
            errors);
    var response = HttpResponse.<Problem>status(status).contentType(PROBLEM_JSON).body(problem);
    if (e.kind() == SgnetException.Kind.BUSY) {
      // Nothing failed: the client may simply ask again once a running query has finished.
      response.header("Retry-After", "1");
    }
    return response;
  }

  private static String title(HttpStatus status) {
    return switch (status) {
      case BAD_REQUEST -> "Invalid request";
      case NOT_FOUND -> "Not found";
      case CONFLICT -> "Conflict";
      case SERVICE_UNAVAILABLE -> "Busy";
      case INSUFFICIENT_STORAGE -> "No space left";
      default -> "Server error";
    };
  }
}
