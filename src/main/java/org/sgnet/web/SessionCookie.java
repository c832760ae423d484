package org.sgnet.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;

/**
 * The pages' session: the signed token of {@code /api/token} in an HttpOnly, SameSite=Strict
 * cookie, read like a bearer token. Micronaut's own cookie reader only runs when the whole server
 * authenticates by cookie; sgnet keeps bearer tokens and Basic for the API, so it reads the cookie
 * itself.
 */
@Singleton
class SessionCookie implements TokenReader<HttpRequest<?>> {

  static final String NAME = "sgnet-session";

  @Override
  public Optional<String> findToken(HttpRequest<?> request) {
    return request.getCookies().findCookie(NAME).map(Cookie::getValue).filter(v -> !v.isBlank());
  }

  @Override
  public int getOrder() {
    // After the Authorization header: a program's explicit bearer token wins over a cookie.
    return 100;
  }

  /** A cookie holding the token for that long. */
  static Cookie of(HttpRequest<?> request, String token, Duration maxAge) {
    return Cookie.of(NAME, token)
        .path("/")
        .httpOnly(true)
        .sameSite(SameSite.Strict)
        // Secure only where the request came over TLS: the demo serves plain HTTP on loopback.
        .secure(request.isSecure())
        .maxAge(maxAge);
  }

  /** A cookie that removes the session. */
  static Cookie cleared(HttpRequest<?> request) {
    return of(request, "", Duration.ZERO);
  }
}
