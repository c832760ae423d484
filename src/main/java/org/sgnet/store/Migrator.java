package org.sgnet.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
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

  private final Store store;

  Migrator(Store store) {
    this.store = store;
  }

  /** Applies every migration not yet recorded in the store; returns how many it applied. */
  int migrate() {
    Set<String> applied =
        new HashSet<>(
            store.query("migrations/applied", Map.of(), r -> r.get("version").asString()));
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
