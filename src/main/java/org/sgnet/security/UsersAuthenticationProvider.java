package org.sgnet.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;
import java.util.List;
import org.sgnet.users.UserDirectory;

/**
 * Checks a name and password (HTTP Basic and {@code /api/token}) through the {@link LoginGuard}.
 * bcrypt is slow on purpose, so this runs on the blocking executor, never on the event loop. A
 * login refused for too many attempts is marked on the request, so that the edge answers 429.
 */
@Singleton
class UsersAuthenticationProvider implements HttpRequestExecutorAuthenticationProvider<Object> {

  private final LoginGuard guard;

  UsersAuthenticationProvider(LoginGuard guard) {
    this.guard = guard;
  }

  @Override
  public AuthenticationResponse authenticate(
      HttpRequest<Object> request, AuthenticationRequest<String, String> credentials) {
    char[] password = credentials.getSecret().toCharArray();
    try {
      String name = credentials.getIdentity();
      // Micronaut passes no request when a login is checked outside an HTTP request.
      LoginGuard.Result result =
          request == null
              ? guard.login(name, password, "-", "-")
              : guard.login(name, password, request.getMethodName(), request.getPath());
      if (result.signedIn()) {
        // The generation goes into the token as a claim, which SessionsClaimValidator checks.
        return AuthenticationResponse.success(
            name, List.of(result.role().name()), result.attributes());
      }
      if (result.retryAfter() != null && request != null) {
        LoginRefusal.mark(request, result.retryAfter());
      }
      return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
    } finally {
      UserDirectory.wipe(password);
    }
  }
}
