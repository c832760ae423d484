package org.sgnet.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Sends a person who is not signed in from a page to the login form, and back afterwards. The API
 * is left as it is: its callers are programs and get 401 or 403 problem documents.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class PageRedirects extends DefaultAuthorizationExceptionHandler {

  PageRedirects(
      ErrorResponseProcessor<?> errorResponseProcessor,
      RedirectConfiguration redirectConfiguration,
      RedirectService redirectService,
      @Nullable PriorToLoginPersistence priorToLoginPersistence) {
    super(errorResponseProcessor, redirectConfiguration, redirectService, priorToLoginPersistence);
  }

  @Override
  public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
    if (!isPage(request)) {
      return super.handle(request, exception);
    }
    String target = request.getUri().getRawPath();
    if (request.getUri().getRawQuery() != null) {
      target += "?" + request.getUri().getRawQuery();
    }
    MutableHttpResponse<?> response =
        HttpResponse.seeOther(
            URI.create("/login?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8)));
    if (exception.isForbidden()) {
      // Every role may see every page, so a refusal here means the token's user was removed or
      // given another role since: drop the stale cookie so that the person can sign in again.
      response.cookie(SessionCookie.cleared(request));
    }
    return response;
  }

  /** A page a person navigates to (not the API, the assets or the login form itself). */
  static boolean isPage(HttpRequest<?> request) {
    if (request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD) {
      return false;
    }
    String path = request.getPath();
    return path.equals("/")
        || path.equals("/network")
        || path.equals("/trend")
        || path.startsWith("/children/");
  }
}
