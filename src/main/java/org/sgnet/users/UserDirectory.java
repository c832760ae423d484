package org.sgnet.users;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sgnet.SgnetException;

/**
 * The users file: one line per user, {@code name:ROLE:bcrypt-hash}, owner-only permissions,
 * rewritten atomically. A running server re-reads it when it changes, so {@code sgnet user add}
 * takes effect without a restart.
 *
 * <p>Passwords are hashed with bcrypt (cost 12). Checking an unknown name still spends one bcrypt
 * verification, so response times do not tell which names exist. Because HTTP Basic sends the
 * password with every request, a successful check is remembered for ten minutes under a salted
 * SHA-256 of the name and password (the salt is random per process and never stored); any change to
 * the users file forgets every remembered check.
 */
public final class UserDirectory {

  /** The least length of a password. */
  public static final int MIN_PASSWORD_LENGTH = 12;

  private static final int COST = 12;
  private static final String DUMMY_HASH =
      new String(
          BCrypt.withDefaults().hash(COST, "not-a-password".toCharArray()), StandardCharsets.UTF_8);

  /** One generator for every salt: seeded once by the system, safe to share across threads. */
  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  private static final long REMEMBER_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(10);

  private final Path file;
  private final byte[] salt = new byte[32];
  private final Map<String, Remembered> remembered = new java.util.concurrent.ConcurrentHashMap<>();
  private Map<String, Entry> cache = Map.of();
  private FileTime cachedAt;

  private record Remembered(Role role, long until) {}

  private record Entry(String name, Role role, String hash) {}

  /**
   * @param file the users file; it need not exist yet
   */
  public UserDirectory(Path file) {
    this.file = file.toAbsolutePath();
    RANDOM.nextBytes(salt);
  }

  /** Returns the users file. */
  public Path file() {
    return file;
  }

  /** Adds a user, or replaces the role and password of an existing one; returns true if new. */
  public synchronized boolean add(String name, Role role, char[] password) {
    checkName(name);
    if (password.length < MIN_PASSWORD_LENGTH) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT,
          "a password needs at least " + MIN_PASSWORD_LENGTH + " characters");
    }
    String hash = new String(BCrypt.withDefaults().hash(COST, password), StandardCharsets.UTF_8);
    Map<String, Entry> users = new TreeMap<>(load());
    boolean added = users.put(name, new Entry(name, role, hash)) == null;
    save(users);
    return added;
  }

  /** Removes a user. */
  public synchronized void remove(String name) {
    Map<String, Entry> users = new TreeMap<>(load());
    if (users.remove(name) == null) {
      throw new SgnetException(SgnetException.Kind.NOT_FOUND, "no user is called " + name);
    }
    save(users);
  }

  /** Returns every user by name, without password hashes. */
  public synchronized List<User> list() {
    return load().values().stream().map(e -> new User(e.name(), e.role())).toList();
  }

  /** Returns the user's role when the password is right. */
  public Optional<Role> authenticate(String name, char[] password) {
    Entry entry;
    synchronized (this) {
      entry = load().get(name);
    }
    String key = rememberKey(name, password);
    Remembered known = remembered.get(key);
    if (known != null && known.until() - System.nanoTime() > 0 && entry != null) {
      return Optional.of(known.role());
    }
    String hash = entry == null ? DUMMY_HASH : entry.hash();
    boolean verified =
        BCrypt.verifyer().verify(password, hash.getBytes(StandardCharsets.UTF_8)).verified;
    if (verified && entry != null) {
      remembered.put(key, new Remembered(entry.role(), System.nanoTime() + REMEMBER_NANOS));
      return Optional.of(entry.role());
    }
    return Optional.empty();
  }

  private String rememberKey(String name, char[] password) {
    try {
      java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
      digest.update(salt);
      digest.update(name.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password)));
      return java.util.HexFormat.of().formatHex(digest.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private Map<String, Entry> load() {
    try {
      if (!Files.exists(file)) {
        remembered.clear();
        cache = Map.of();
        cachedAt = null;
        return cache;
      }
      FileTime modified = Files.getLastModifiedTime(file);
      if (modified.equals(cachedAt)) {
        return cache;
      }
      Map<String, Entry> users = new TreeMap<>();
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split(":", 3);
        if (parts.length != 3) {
          throw new SgnetException(
              SgnetException.Kind.FAILURE, file + ":" + (i + 1) + ": not name:ROLE:hash");
        }
        users.put(parts[0], new Entry(parts[0], Role.parse(parts[1]), parts[2]));
      }
      cache = Map.copyOf(users);
      cachedAt = modified;
      remembered.clear();
      return new TreeMap<>(users);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void save(Map<String, Entry> users) {
    List<String> lines = new ArrayList<>();
    lines.add("# sgnet users: name:ROLE:bcrypt-hash (managed by 'sgnet user')");
    users.values().forEach(e -> lines.add(e.name() + ":" + e.role() + ":" + e.hash()));
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), ".users", ".tmp");
      try {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException notPosix) {
        // The operating system's defaults apply where POSIX permissions do not exist.
      }
      Files.write(tmp, lines, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      cachedAt = null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void checkName(String name) {
    if (name == null || !name.matches("[A-Za-z0-9._@-]{1,64}")) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT, "a user name is 1 to 64 letters, digits or . _ @ -");
    }
  }

  /** Overwrites a password in memory once it has been used. */
  public static void wipe(char[] password) {
    Arrays.fill(password, '\0');
  }
}
