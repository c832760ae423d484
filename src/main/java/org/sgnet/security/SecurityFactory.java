package org.sgnet.security;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.sgnet.app.ServerFiles;
import org.sgnet.users.UserDirectory;

/** The users directory and the token signing key. */
@Factory
class SecurityFactory {

  @Singleton
  UserDirectory users(ServerFiles files, @Value("${sgnet.security.users-file:}") String file) {
    return new UserDirectory(file.isBlank() ? files.resolve("users") : Path.of(file));
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
