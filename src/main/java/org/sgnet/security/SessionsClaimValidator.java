package org.sgnet.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import java.util.OptionalLong;
import org.sgnet.users.UserDirectory;

/**
 * Refuses a token (bearer or session cookie) issued under an older session generation of its user,
 * or whose user no longer exists: revoking, a new password and signing out raise the generation,
 * and every token issued before stops working on its next request.
 */
@Singleton
class SessionsClaimValidator implements GenericJwtClaimsValidator<HttpRequest<?>> {

  /** The claim (and authentication attribute) carrying the session generation. */
  static final String CLAIM = "sessions";

  private final UserDirectory users;

  SessionsClaimValidator(UserDirectory users) {
    this.users = users;
  }

  @Override
  public boolean validate(Claims claims, HttpRequest<?> request) {
    Object subject = claims.get(Claims.SUBJECT);
    if (subject == null) {
      return false;
    }
    OptionalLong current = users.sessions(subject.toString());
    // Tokens issued before generations existed carry none: they belong to generation 0.
    long carried = claims.get(CLAIM) instanceof Number n ? n.longValue() : 0;
    return current.isPresent() && current.getAsLong() == carried;
  }
}
