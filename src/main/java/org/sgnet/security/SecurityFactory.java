package org.sgnet.security;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.sgnet.app.ServerFiles;
import org.sgnet.audit.AuditLog;
import org.sgnet.users.LoginThrottle;
import org.sgnet.users.UserDirectory;

/** The users directory, the guard of logins and the token signing key. */
@Factory
class SecurityFactory {

  /**
   * The users file, with at most {@code sgnet.security.lockout.hash-permits} bcrypt checks at once
   * (half the processors by default), each waiting at most {@code hash-wait} for its turn.
   */
  @Singleton
  UserDirectory users(
      ServerFiles files,
      @Value("${sgnet.security.users-file:}") String file,
      @Value("${sgnet.security.lockout.hash-permits:0}") int hashPermits,
      @Value("${sgnet.security.lockout.hash-wait:500ms}") Duration hashWait) {
    return new UserDirectory(
        file.isBlank() ? files.resolve("users") : Path.of(file),
        hashPermits > 0 ? hashPermits : UserDirectory.defaultHashPermits(),
        hashWait,
        Clock.systemUTC());
  }

  /** When failed logins slow and lock a name: {@code sgnet.security.lockout.*}. */
  @Singleton
  LoginThrottle loginThrottle(
      @Value("${sgnet.security.lockout.slow-after:5}") int slowAfter,
      @Value("${sgnet.security.lockout.lock-after:10}") int lockAfter,
      @Value("${sgnet.security.lockout.first-delay:1s}") Duration firstDelay,
      @Value("${sgnet.security.lockout.longest-delay:8s}") Duration longestDelay,
      @Value("${sgnet.security.lockout.lock-for:15m}") Duration lockFor,
      @Value("${sgnet.security.lockout.tracked-names:10000}") int trackedNames) {
    return new LoginThrottle(
        new LoginThrottle.Settings(
            slowAfter, lockAfter, firstDelay, longestDelay, lockFor, trackedNames),
        Clock.systemUTC());
  }

  @Singleton
  LoginGuard loginGuard(UserDirectory users, LoginThrottle throttle, AuditLog audit) {
    return new LoginGuard(users, throttle, audit, Clock.systemUTC());
  }

  /**
   * Tokens are signed (HS256) with a secret generated once and kept with the store, so tokens
   * outlive a restart and no secret ever sits in configuration files.
   */
  @Singleton
  @Named("generator")
  SignatureGeneratorConfiguration tokenSignature(ServerFiles files) {
    SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
    configuration.setSecret(files.secret("jwt-secret", 48));
    return new SecretSignature(configuration);
  }
}
