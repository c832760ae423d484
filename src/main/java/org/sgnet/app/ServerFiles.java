package org.sgnet.app;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.sgnet.store.StoreSettings;

/**
 * The server's own files, kept with the store: the users file, the token signing secret, the
 * pseudonymisation key and the audit log. With an embedded store they live in its data directory;
 * with an external server, in {@code sgnet.home} (default {@code ~/.local/share/sgnet}).
 */
@Singleton
public class ServerFiles {

  /** One generator for every secret: seeded once by the system, safe to share across threads. */
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path directory;

  ServerFiles(StoreConfiguration store, @Value("${sgnet.home:}") String home) {
    StoreSettings settings = store.toSettings();
    if (!home.isBlank()) {
      directory = Path.of(home).toAbsolutePath();
    } else if (settings.isEmbedded()) {
      directory = settings.db().toAbsolutePath();
    } else {
      directory = StoreSettings.defaultDataDirectory().getParent().toAbsolutePath();
    }
  }

  /** Returns the directory of the server's files. */
  public Path directory() {
    return directory;
  }

  /** Returns a file in that directory. */
  public Path resolve(String name) {
    return directory.resolve(name);
  }

  /**
   * Reads a secret from an owner-only file, generating it on first use.
   *
   * @param name the file's name
   * @param bytes how many random bytes a new secret has
   */
  public String secret(String name, int bytes) {
    Path file = resolve(name);
    try {
      Files.createDirectories(directory);
      if (!Files.exists(file)) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        try {
          Files.createFile(
              file,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
          Files.writeString(
              file, Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "\n");
        } catch (FileAlreadyExistsException raced) {
          // Another process created it first: use theirs.
        }
      }
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
