package org.sgnet.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.sgnet.SgnetException;
import picocli.CommandLine.Option;

/** The options that choose the store: an embedded data directory or an external server. */
final class StoreOptions {

  @Option(
      names = "--db",
      paramLabel = "DIR",
      description =
          "Embedded store's data directory (default: $XDG_DATA_HOME/sgnet/db or"
              + " ~/.local/share/sgnet/db).")
  Path db;

  @Option(
      names = "--uri",
      paramLabel = "URI",
      description =
          "External Neo4j server or cluster (bolt://, neo4j://, neo4j+s://). Credentials come"
              + " from SGNET_STORE_USERNAME and SGNET_STORE_PASSWORD or the configuration.")
  String uri;

  @Option(
      names = "--database",
      paramLabel = "NAME",
      description = "Database on an external server (default: the server's default).")
  String database;

  /** The configuration properties these options set. */
  Map<String, Object> properties() {
    if (db != null && uri != null) {
      throw new SgnetException(SgnetException.Kind.INVALID_INPUT, "give --db or --uri, not both");
    }
    Map<String, Object> p = new HashMap<>();
    if (db != null) {
      // Neo4j cannot open a directory given as /x/./db: normalise ./ and ../ away.
      p.put("sgnet.store.db", db.toAbsolutePath().normalize().toString());
    }
    if (uri != null) {
      p.put("sgnet.store.uri", uri);
    }
    if (database != null) {
      p.put("sgnet.store.database", database);
    }
    return p;
  }
}
