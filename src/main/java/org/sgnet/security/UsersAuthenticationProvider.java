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
 * Checks a name and password against the users file. bcrypt is slow on purpose, so this runs on the
 * blocking executor, never on the event loop.
 */
@Singleton
class UsersAuthenticationProvider implements HttpRequestExecutorAuthenticationProvider<Object> {

  private final UserDirectory users;

  UsersAuthenticationProvider(UserDirectory users) {
    this.users = users;
  }

  @Override
  public AuthenticationResponse authenticate(
      HttpRequest<Object> request, AuthenticationRequest<String, String> credentials) {
    char[] password = credentials.getSecret().toCharArray();
    try {
      return users
          .authenticate(credentials.getIdentity(), password)
          .map(
              role ->
                  AuthenticationResponse.success(credentials.getIdentity(), List.of(role.name())))
          .orElseGet(
              () ->
                  AuthenticationResponse.failure(
                      AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH));
    } finally {
      UserDirectory.wipe(password);
    }
  }
}
