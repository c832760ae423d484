package org.sgnet.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sgnet.SgnetException;

class ProblemHandlerTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "INVALID_INPUT, 400, urn:sgnet:problem:invalid-input, Invalid request, ",
    "NOT_FOUND, 404, urn:sgnet:problem:not-found, Not found, ",
    "CONFLICT, 409, urn:sgnet:problem:conflict, Conflict, ",
    "BUSY, 503, urn:sgnet:problem:busy, Busy, 1",
    "NO_SPACE, 507, urn:sgnet:problem:no-space, No space left, ",
  })
  void shouldAnswerEachKindOfFailureWithItsStatusAndSayWhy(
      SgnetException.Kind kind, int status, String type, String title, String retryAfter) {
    HttpResponse<Problem> response =
        new ProblemHandler()
            .handle(HttpRequest.GET("/api/import"), new SgnetException(kind, "what went wrong"));

    assertThat(response.getStatus().getCode()).isEqualTo(status);
    Problem problem = response.body();
    assertThat(problem.type()).isEqualTo(type);
    assertThat(problem.title()).isEqualTo(title);
    assertThat(problem.detail()).isEqualTo("what went wrong");
    assertThat(response.getHeaders().get("Retry-After")).isEqualTo(retryAfter);
  }

  @ParameterizedTest
  @CsvSource({"FAILURE"})
  void shouldHideWhatAFailureOfTheServerSaysFromTheClient(SgnetException.Kind kind) {
    HttpResponse<Problem> response =
        new ProblemHandler()
            .handle(
                HttpRequest.GET("/api/import"),
                new SgnetException(kind, "the store at /secret/place failed"));

    assertThat(response.getStatus().getCode()).isEqualTo(500);
    assertThat(response.body().detail()).isEqualTo("the request could not be completed");
  }
}
