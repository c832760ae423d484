package org.sgnet.users;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sgnet.SgnetException;

/**
 * The users file: one line per user, {@code name:ROLE:bcrypt-hash:LOCKED-UNTIL:SESSIONS},
 * owner-only permissions, rewritten atomically under an operating-system lock on {@code FILE.lock},
 * so that {@code sgnet user} and a running server never undo each other's changes. A running server
 * re-reads it when it changes, so {@code sgnet user add} takes effect without a restart. Lines of
 * the older form {@code name:ROLE:bcrypt-hash} are still read (not locked, session generation 0).
 *
 * <p>{@code LOCKED-UNTIL} is the epoch second a lockout ends, or {@code -}. {@code SESSIONS} is the
 * user's session generation: every token carries the generation it was issued under, and a token of
 * an older generation is refused, so raising it ({@link #revoke}, a new password) ends every
 * session and token of the user at once.
 *
 * <p>Passwords are hashed with bcrypt (cost 12). Checking an unknown name still spends one bcrypt
 * verification, so response times do not tell which names exist. Because HTTP Basic sends the
 * password with every request, a successful check is remembered for ten minutes under a salted
 * SHA-256 of the name and password (the salt is random per process and never stored); any change to
 * the users file forgets every remembered check.
 *
 * <p>At most a fixed number of bcrypt checks run at once; a check that cannot start within a short
 * wait is answered {@link Verdict.Status#BUSY} without hashing, so a flood of logins queues no
 * unbounded work.
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
  private final Path lockFile;
  private final java.util.concurrent.Semaphore hashing;
  private final long hashWaitNanos;
  private final java.time.Clock clock;
  private final java.util.concurrent.atomic.AtomicLong hashes =
      new java.util.concurrent.atomic.AtomicLong();
  private final byte[] salt = new byte[32];
  private final Map<String, Remembered> remembered = new java.util.concurrent.ConcurrentHashMap<>();
  private Map<String, Entry> cache = Map.of();
  private FileTime cachedAt;

  private record Remembered(Role role, long until) {}

  private record Entry(String name, Role role, String hash, Instant lockedUntil, long sessions) {

    Entry withLock(Instant until) {
      return new Entry(name, role, hash, until, sessions);
    }

    Entry nextSessions() {
      return new Entry(name, role, hash, lockedUntil, sessions + 1);
    }

    String line() {
      return name
          + ":"
          + role
          + ":"
          + hash
          + ":"
          + (lockedUntil == null ? "-" : Long.toString(lockedUntil.getEpochSecond()))
          + ":"
          + sessions;
    }
  }

  /**
   * What checking a password found.
   *
   * @param status whether the password was right, wrong, or not checked for want of capacity
   * @param role the user's role when accepted, else {@code null}
   * @param sessions the user's session generation when accepted, else 0
   */
  public record Verdict(Status status, Role role, long sessions) {

    /** The outcome of a check. */
    public enum Status {
      /** The name exists and the password is right. */
      ACCEPTED,
      /** The name does not exist or the password is wrong (which of the two is not said). */
      REFUSED,
      /** Too many checks were running to start this one in time; nothing was hashed. */
      BUSY
    }

    static final Verdict REFUSED = new Verdict(Status.REFUSED, null, 0);
    static final Verdict BUSY = new Verdict(Status.BUSY, null, 0);
  }

  /**
   * A directory that runs at most half the processors' worth of bcrypt checks at once, each waiting
   * at most half a second to start.
   *
   * @param file the users file; it need not exist yet
   */
  public UserDirectory(Path file) {
    this(file, defaultHashPermits(), Duration.ofMillis(500), java.time.Clock.systemUTC());
  }

  /**
   * @param file the users file; it need not exist yet
   * @param hashPermits how many bcrypt checks may run at once
   * @param hashWait how long a check may wait for its turn before it is answered busy
   * @param clock tells whether a lockout is still in force
   */
  public UserDirectory(Path file, int hashPermits, Duration hashWait, java.time.Clock clock) {
    this.file = file.toAbsolutePath();
    this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
    this.hashing = new java.util.concurrent.Semaphore(Math.max(1, hashPermits), true);
    this.hashWaitNanos = hashWait.toNanos();
    this.clock = clock;
    RANDOM.nextBytes(salt);
  }

  /** Half the processors, at least one: bcrypt must leave the rest for answering requests. */
  public static int defaultHashPermits() {
    return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
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
    return mutate(
        users -> {
          Entry old = users.get(name);
          // A new password ends the sessions opened with the old one; a lockout stays until it
          // ends or is lifted, so that changing a password is not a way around it.
          users.put(
              name,
              old == null
                  ? new Entry(name, role, hash, null, 0)
                  : new Entry(name, role, hash, old.lockedUntil(), old.sessions() + 1));
          return old == null;
        });
  }

  /** Removes a user. */
  public void remove(String name) {
    mutate(users -> existing(users.remove(name), name));
  }

  /** Returns every user by name, without password hashes. */
  public synchronized List<User> list() {
    return load().values().stream()
        .map(e -> new User(e.name(), e.role(), inForce(e.lockedUntil())))
        .toList();
  }

  /** Returns when the user's lockout ends, while one is in force. */
  public synchronized Optional<Instant> lockedUntil(String name) {
    Entry entry = load().get(name);
    return Optional.ofNullable(entry == null ? null : inForce(entry.lockedUntil()));
  }

  /** Returns the user's session generation, or empty when nobody has that name. */
  public synchronized java.util.OptionalLong sessions(String name) {
    Entry entry = load().get(name);
    return entry == null
        ? java.util.OptionalLong.empty()
        : java.util.OptionalLong.of(entry.sessions());
  }

  /** Locks a user until then; returns false when nobody has that name (nothing is written). */
  public boolean lock(String name, Instant until) {
    if (sessions(name).isEmpty()) {
      return false;
    }
    return mutate(users -> users.computeIfPresent(name, (n, e) -> e.withLock(until)) != null);
  }

  /** Lifts a user's lockout, if any. */
  public void unlock(String name) {
    mutate(users -> existing(users.computeIfPresent(name, (n, e) -> e.withLock(null)), name));
  }

  /** Ends every session and token of the user; returns the new session generation. */
  public long revoke(String name) {
    return mutate(users -> existing(users.computeIfPresent(name, (n, e) -> e.nextSessions()), name))
        .sessions();
  }

  /** Returns how many bcrypt checks of a password this directory has run. */
  public long hashesComputed() {
    return hashes.get();
  }

  /**
   * Checks a password. An unknown name costs one bcrypt check like a known one, so that timing does
   * not tell which names exist.
   */
  public Verdict authenticate(String name, char[] password) {
    Entry entry;
    synchronized (this) {
      entry = load().get(name);
    }
    String key = rememberKey(name, password);
    Remembered known = remembered.get(key);
    if (known != null && known.until() - System.nanoTime() > 0 && entry != null) {
      return new Verdict(Verdict.Status.ACCEPTED, known.role(), entry.sessions());
    }
    String hash = entry == null ? DUMMY_HASH : entry.hash();
    if (!acquireHashing()) {
      return Verdict.BUSY;
    }
    boolean verified;
    try {
      hashes.incrementAndGet();
      verified = BCrypt.verifyer().verify(password, hash.getBytes(StandardCharsets.UTF_8)).verified;
    } finally {
      hashing.release();
    }
    if (verified && entry != null) {
      remembered.put(key, new Remembered(entry.role(), System.nanoTime() + REMEMBER_NANOS));
      return new Verdict(Verdict.Status.ACCEPTED, entry.role(), entry.sessions());
    }
    return Verdict.REFUSED;
  }

  private boolean acquireHashing() {
    try {
      return hashing.tryAcquire(hashWaitNanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private Instant inForce(Instant lockedUntil) {
    return lockedUntil != null && lockedUntil.isAfter(clock.instant()) ? lockedUntil : null;
  }

  private static Entry existing(Entry entry, String name) {
    if (entry == null) {
      throw new SgnetException(SgnetException.Kind.NOT_FOUND, "no user is called " + name);
    }
    return entry;
  }

  /**
   * Reads, changes and writes the file under an operating-system lock, so that a change made by
   * another process (the command line beside a running server) between the read and the write is
   * never lost.
   */
  private synchronized <R> R mutate(java.util.function.Function<Map<String, Entry>, R> change) {
    try {
      Files.createDirectories(file.getParent());
      try (java.nio.channels.FileChannel channel =
              java.nio.channels.FileChannel.open(
                  lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          java.nio.channels.FileLock held = channel.lock()) {
        cachedAt = null;
        Map<String, Entry> users = new TreeMap<>(load());
        R result = change.apply(users);
        save(users);
        return result;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
        Entry entry = parse(line);
        if (entry == null) {
          throw new SgnetException(
              SgnetException.Kind.FAILURE,
              file + ":" + (i + 1) + ": not name:ROLE:hash[:LOCKED-UNTIL:SESSIONS]");
        }
        users.put(entry.name(), entry);
      }
      cache = Map.copyOf(users);
      cachedAt = modified;
      remembered.clear();
      return new TreeMap<>(users);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One line of either form, or {@code null} when it is neither. */
  private static Entry parse(String line) {
    String[] parts = line.split(":", -1);
    if (parts.length != 3 && parts.length != 5) {
      return null;
    }
    Role role = Role.parse(parts[1]);
    if (parts.length == 3) {
      return new Entry(parts[0], role, parts[2], null, 0);
    }
    try {
      Instant locked =
          parts[3].equals("-") ? null : Instant.ofEpochSecond(Long.parseLong(parts[3]));
      return new Entry(parts[0], role, parts[2], locked, Long.parseLong(parts[4]));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private void save(Map<String, Entry> users) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "# sgnet users: name:ROLE:bcrypt-hash:LOCKED-UNTIL:SESSIONS (managed by 'sgnet user')");
    users.values().forEach(e -> lines.add(e.line()));
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
