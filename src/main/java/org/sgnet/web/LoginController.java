package org.sgnet.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.generator.AccessTokenConfiguration;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.sgnet.security.LoginGuard;
import org.sgnet.users.UserDirectory;

/**
 * The login form for people: it checks the name and password against the users file (as Basic and
 * {@code /api/token} do) and answers with the same signed token as {@code /api/token}, but in an
 * HttpOnly, SameSite=Strict cookie, so that page scripts never hold it and other sites cannot send
 * it.
 */
@Controller
@Hidden
@Secured(SecurityRule.IS_ANONYMOUS)
class LoginController {

  private final UserDirectory users;
  private final LoginGuard guard;
  private final AccessRefreshTokenGenerator tokens;
  private final AccessTokenConfiguration tokenConfiguration;

  LoginController(
      UserDirectory users,
      LoginGuard guard,
      AccessRefreshTokenGenerator tokens,
      AccessTokenConfiguration tokenConfiguration) {
    this.users = users;
    this.guard = guard;
    this.tokens = tokens;
    this.tokenConfiguration = tokenConfiguration;
  }

  /** What the form sends. */
  @Serdeable
  record Form(@Nullable String username, @Nullable String password, @Nullable String next) {}

  /**
   * The sign-in page's model.
   *
   * @param next the page to go to once signed in
   * @param error what went wrong, or {@code null} the first time
   * @param name the user name typed, or empty
   */
  record SignIn(String next, String error, String name) {}

  /** The form. */
  @Get("/login{?next}")
  @Produces(MediaType.TEXT_HTML)
  HttpResponse<String> form(@Nullable @QueryValue String next) {
    return page(HttpStatus.OK, safeNext(next), null, "");
  }

  /** Signs in: a cookie and a redirect to the page asked for, or the form again with an error. */
  @Post(value = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> login(HttpRequest<?> request, @Body Form form) {
    String next = safeNext(form.next());
    String name = form.username() == null ? "" : form.username().strip();
    String password = form.password() == null ? "" : form.password();
    if (name.isEmpty() || password.isEmpty()) {
      return page(HttpStatus.BAD_REQUEST, next, "Enter your user name and password", name);
    }
    char[] secret = password.toCharArray();
    try {
      LoginGuard.Result result = guard.login(name, secret, "POST", "/login");
      if (result.retryAfter() != null) {
        return page(
                HttpStatus.TOO_MANY_REQUESTS,
                next,
                "Too many failed sign-ins for this user name. Try again in "
                    + result.retryAfter().toSeconds()
                    + " seconds, or ask an administrator to unlock it",
                name)
            .header("Retry-After", Long.toString(result.retryAfter().toSeconds()));
      }
      if (!result.signedIn()) {
        return page(HttpStatus.UNAUTHORIZED, next, "The user name or password is not right", name);
      }
      Authentication who =
          Authentication.build(name, List.of(result.role().name()), result.attributes());
      return tokens
          .generate(who)
          .<HttpResponse<?>>map(token -> signedIn(request, token.getAccessToken(), next))
          .orElseGet(() -> HttpResponse.serverError());
    } finally {
      UserDirectory.wipe(secret);
    }
  }

  /**
   * Signs out: the cookie is cleared and the user's session generation raised, so that the token in
   * it (and every other token of the user) stops working even if someone copied it.
   */
  @Post(value = "/logout", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> logout(HttpRequest<?> request, @Nullable Authentication signedIn) {
    if (signedIn != null && users.sessions(signedIn.getName()).isPresent()) {
      users.revoke(signedIn.getName());
    }
    return HttpResponse.seeOther(URI.create("/login")).cookie(SessionCookie.cleared(request));
  }

  private MutableHttpResponse<?> signedIn(HttpRequest<?> request, String token, String next) {
    return HttpResponse.seeOther(URI.create(next))
        .cookie(
            SessionCookie.of(
                request, token, Duration.ofSeconds(tokenConfiguration.getExpiration())));
  }

  /** Only a path on this server, so the form cannot be used to send people elsewhere. */
  static String safeNext(String next) {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.contains("\\")
        || next.startsWith("/login")
        || next.chars().anyMatch(c -> c < 0x20)) {
      return "/";
    }
    return next;
  }

  private static MutableHttpResponse<String> page(
      HttpStatus status, String next, String error, String name) {
    return Html.page(status, "web/login.jte", new SignIn(next, error, name));
  }
}
