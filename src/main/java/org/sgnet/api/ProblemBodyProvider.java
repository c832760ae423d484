package org.sgnet.api;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.regex.Pattern;

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
            : withoutValues(
                context.getErrors().stream()
                    .map(Error::getMessage)
                    .findFirst()
                    .orElse(response.reason()));
    return new Problem(
        "urn:sgnet:problem:http-" + status, response.reason(), status, detail, List.of());
  }

  /** A quoted text of a parser's or converter's message, or the value it failed to convert. */
  private static final Pattern VALUE =
      Pattern.compile("'[^'\\n]*'|(?<=for value )\\[[^\\]\\n]*\\]");

  /** Quoted words of JSON's own that a parser names as what it expected. */
  private static final java.util.Set<String> JSON_WORDS =
      java.util.Set.of("'null'", "'true'", "'false'");

  /**
   * The message without the values it quotes: a parser's message repeats the text it stumbled on
   * ({@code Unrecognized token 'Jane'}), and a converter's the value it could not read, which can
   * be anything a user typed. Where and what kind of mistake stay.
   */
  static String withoutValues(String message) {
    return message == null
        ? null
        : VALUE
            .matcher(message)
            .replaceAll(
                m ->
                    JSON_WORDS.contains(m.group())
                        ? java.util.regex.Matcher.quoteReplacement(m.group())
                        : m.group().startsWith("'") ? "'…'" : "[…]");
  }
}
