package org.sgnet.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the versioned schema migrations of {@code cypher/migrations} in order. Each migration is
 * idempotent ({@code IF NOT EXISTS}) and recorded as an {@code SgnetMigration} node once applied,
 * so starting sgnet on an up-to-date store does nothing, and two starts racing do no harm.
 */
final class Migrator {

  /** The migrations in order; a new one is appended here and as a file. */
  static final List<String> MIGRATIONS =
      List.of(
          "V001__constraints",
          "V002__rule_indexes",
          "V003__import_journal",
          "V004__runs",
          "V005__webhooks");

  private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);

  /** The name a migration gives a constraint it creates. */
  private static final java.util.regex.Pattern CONSTRAINT_NAME =
      java.util.regex.Pattern.compile("(?i)^\\s*CREATE\\s+CONSTRAINT\\s+(\\w+)");

  private final Store store;

  Migrator(Store store) {
    this.store = store;
  }

  /**
   * Applies every migration not among those given; returns how many it applied.
   *
   * @param applied the versions the store has recorded, read by the caller
   */
  int migrate(Set<String> applied) {
    if (applied.containsAll(MIGRATIONS)) {
      return 0;
    }
    dropLeftoverIndexes();
    int count = 0;
    for (String version : MIGRATIONS) {
      if (applied.contains(version)) {
        continue;
      }
      CypherFile file = CypherFile.load("migrations/" + version);
      try (Session session = store.session()) {
        // Schema statements cannot share a transaction with data writes: one each.
        for (String statement : file.statements()) {
          session.executeWriteWithoutResult(tx -> tx.run(statement));
        }
        session.executeWriteWithoutResult(
            tx ->
                tx.run(
                    CypherFile.load("migrations/record").statement(),
                    Map.of(
                        "version", version,
                        "description", description(version),
                        "checksum", checksum(file.text()))));
      }
      LOG.info("Applied schema migration {}", version);
      count++;
    }
    return count;
  }

  /**
   * Drops the indexes a migration killed half-way left in the way of its constraints: Neo4j builds
   * a uniqueness constraint's index first and the constraint over it after, and a store killed
   * between the two keeps an index, under the constraint's name, that no constraint owns. {@code
   * CREATE CONSTRAINT … IF NOT EXISTS} then fails on the name, and the store would not open until
   * someone dropped the index by hand. Only indexes owned by no constraint and named as one of
   * sgnet's constraints are dropped; the migration then builds the constraint and its index anew.
   */
  private void dropLeftoverIndexes() {
    List<String> names =
        MIGRATIONS.stream()
            .flatMap(v -> CypherFile.load("migrations/" + v).statements().stream())
            .map(CONSTRAINT_NAME::matcher)
            .filter(java.util.regex.Matcher::find)
            .map(m -> m.group(1))
            .toList();
    List<String> leftovers =
        store.query(
            "migrations/leftover-indexes", Map.of("names", names), r -> r.get(0).asString());
    for (String name : leftovers) {
      try (Session session = store.session()) {
        session.executeWriteWithoutResult(
            tx ->
                tx.run(CypherFile.load("migrations/drop-index").statement(), Map.of("name", name)));
      }
      LOG.warn("Dropped index {}, left without its constraint by an interrupted migration", name);
    }
  }

  private static String description(String version) {
    return version.substring(version.indexOf("__") + 2).replace('_', ' ');
  }

  private static String checksum(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
