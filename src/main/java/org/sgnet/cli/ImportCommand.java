package org.sgnet.cli;

import io.micronaut.context.ApplicationContext;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sgnet.bundle.Bundle;
import org.sgnet.bundle.BundleReader;
import org.sgnet.identity.Identities;
import org.sgnet.identity.SourceImport;
import org.sgnet.sources.Rejects;
import org.sgnet.sources.SourceAdapter;
import org.sgnet.sources.SourceFormats;
import org.sgnet.sources.SourceOptions;
import org.sgnet.store.BulkImport;
import org.sgnet.store.BundleImporter;
import org.sgnet.store.ImportSummary;
import org.sgnet.store.Store;
import org.sgnet.store.StoreSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sgnet import BUNDLE} and {@code sgnet import --from FORMAT PATH…}: validates a case
 * bundle, or converts a statutory return or partner extract, and writes all of it or nothing.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import a case bundle (a folder or a .zip of CSV files, see case-bundle.md), or with"
          + " --from a statutory return or partner extract (formats: ssda903, cin, annex-a, ssd, dfe-api, partner).",
      "The whole input is checked first: on any error every error is printed as"
          + " file:line: column X: message (a source's: file:line or XML path: field X:"
          + " message), nothing is written and the exit code is 2. With --rejects FILE the valid"
          + " records of a source are imported and each refused one is written to FILE with its"
          + " reason. Ids are stable: importing the same records again updates in place. People"
          + " of a source who share a strong identifier (UPN, NHS number, the authority's child"
          + " id, Social Work England number) with each other or with people already imported are"
          + " one person; people who only look alike are listed by 'sgnet identities'."
    },
    footer = {
      "",
      "Examples:",
      "  sgnet import ./case-bundle",
      "  sgnet import case.zip --db ./data",
      "  SGNET_STORE_PASSWORD=... sgnet import case.zip --uri neo4j://db.example:7687",
      "  sgnet import --from ssda903 ./903-return --authority 201",
      "  sgnet import --from cin census.xml --rejects refused.csv",
      "  sgnet import --from partner csc.csv education.csv"
    })
final class ImportCommand implements Callable<Integer> {

  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description =
          "A bundle folder or .zip; with --from, the source's files or folders (several allowed).")
  List<Path> paths;

  @Option(
      names = "--from",
      paramLabel = "FORMAT",
      description = "Read a source of this format instead of a bundle: ${COMPLETION-CANDIDATES}.",
      completionCandidates = SourceOptionsMixin.Formats.class)
  String from;

  @Mixin SourceOptionsMixin source;

  @Mixin StoreOptions store;

  @Option(
      names = "--batch-size",
      paramLabel = "ROWS",
      description = "Rows per UNWIND batch (default: ${DEFAULT-VALUE}).",
      defaultValue = "10000")
  int batchSize;

  @Option(
      names = "--transactions",
      paramLabel = "MODE",
      description =
          "one: the whole bundle in one transaction; batch: one transaction per batch, undone"
              + " batch by batch if the import fails or is interrupted; auto: one up to"
              + " 50,000 rows, else batch (default: ${DEFAULT-VALUE}).",
      defaultValue = "auto")
  String transactions;

  @Option(
      names = "--method",
      paramLabel = "METHOD",
      description =
          "bulk: Neo4j's parallel bulk importer, only into a new embedded store (a data"
              + " directory that holds no database yet); transactional: Cypher transactions"
              + " (see --transactions), into any store; auto: bulk for 100,000 rows or more when"
              + " the store allows it, else transactional (default: ${DEFAULT-VALUE}). --from"
              + " always imports"
              + " transactionally.",
      defaultValue = "auto")
  String method;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--rejects",
      paramLabel = "FILE",
      description =
          "With --from: import the valid records and write each refused one, with the reason,"
              + " to FILE (CSV: format, file, where, field, reason). Without it, any refused"
              + " record stops the import and nothing is written.")
  Path rejects;

  @Override
  public Integer call() {
    for (Path path : paths) {
      if (!java.nio.file.Files.exists(path)) {
        // A wrong path is the user's input, like a bad option: exit 2, not 1.
        throw new org.sgnet.SgnetException(
            org.sgnet.SgnetException.Kind.INVALID_INPUT,
            (from == null ? "no bundle at " : "nothing at ") + path);
      }
    }
    BundleImporter.Transactions mode = transactionsMode(transactions);
    if (from != null) {
      return importSource(mode);
    }
    if (rejects != null) {
      throw new org.sgnet.SgnetException(
          org.sgnet.SgnetException.Kind.INVALID_INPUT,
          "--rejects goes with --from: a bundle is imported whole or not at all");
    }
    if (paths.size() != 1) {
      throw new org.sgnet.SgnetException(
          org.sgnet.SgnetException.Kind.INVALID_INPUT,
          "one bundle at a time; several paths go with --from FORMAT");
    }
    BulkImport.Method how = method(method);
    Path bundle = paths.get(0);
    Bundle read = new BundleReader().read(bundle);
    BulkImport.Outcome bulk = bulkImport(how, read);
    try (ApplicationContext context = Contexts.start(store.properties())) {
      Store s = context.getBean(Store.class);
      ImportSummary summary =
          bulk != null
              ? bulk.summary()
              : new BundleImporter(s, batchSize, mode)
                  .importBundle(read, ProgressBar.forTerminal());
      PrintWriter out = spec.commandLine().getOut();
      out.println(describe(summary, s));
      if (bulk != null) {
        out.printf(
            Locale.ROOT,
            "  written by Neo4j's bulk importer in %.1f s; constraints and indexes built on"
                + " opening%n",
            bulk.importerMillis() / 1000.0);
      }
      out.flush();
    }
    return Sgnet.OK;
  }

  /**
   * Imports with Neo4j's bulk importer when the method and the store allow it, before the store is
   * opened (the importer writes a database that is not running); returns null when the import is to
   * be transactional.
   */
  private BulkImport.Outcome bulkImport(BulkImport.Method how, Bundle read) {
    if (how == BulkImport.Method.TRANSACTIONAL) {
      return null;
    }
    StoreSettings settings = Contexts.storeSettings(store.properties());
    if (how == BulkImport.Method.AUTO
        && (read.rowCount() < BulkImport.AUTO_ROWS || !BulkImport.applies(settings))) {
      return null;
    }
    return BulkImport.importBundle(settings, read);
  }

  private Integer importSource(BundleImporter.Transactions mode) {
    SourceAdapter adapter = SourceFormats.named(from);
    SourceOptions options = source.options();
    try (ApplicationContext context = Contexts.start(store.properties())) {
      Store s = context.getBean(Store.class);
      SourceImport.Outcome outcome =
          new SourceImport(s, new BundleImporter(s, batchSize, mode))
              .run(adapter, paths, options, rejects != null, ProgressBar.forTerminal());
      if (rejects != null) {
        Rejects.write(rejects, outcome.conversion().refused());
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(SourceOptionsMixin.describe(outcome.conversion(), rejects));
      out.println(describe(outcome.written(), s));
      int candidates = new Identities(s).candidates().size();
      if (candidates > 0) {
        out.printf(
            Locale.ROOT,
            "%,d pair(s) of people look alike but share no identifier: see sgnet identities%n",
            candidates);
      }
      out.flush();
    }
    return Sgnet.OK;
  }

  private static BundleImporter.Transactions transactionsMode(String value) {
    return choice(BundleImporter.Transactions.class, value, "--transactions");
  }

  private static BulkImport.Method method(String value) {
    return choice(BulkImport.Method.class, value, "--method");
  }

  /** The constant an option names, in any case; else an error that lists them. */
  private static <E extends Enum<E>> E choice(Class<E> type, String value, String option) {
    List<String> names = new java.util.ArrayList<>();
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value)) {
        return e;
      }
      names.add(e.name().toLowerCase(Locale.ROOT));
    }
    String last = names.remove(names.size() - 1);
    throw new org.sgnet.SgnetException(
        org.sgnet.SgnetException.Kind.INVALID_INPUT,
        option + " must be " + String.join(", ", names) + " or " + last + ", not '" + value + "'");
  }

  static String describe(ImportSummary s, Store store) {
    return String.format(
        Locale.ROOT,
        "Imported %,d agencies, %,d people, %,d ties and %,d events into %s%n"
            + "  %,d nodes and %,d relationships created, %,d links removed, %,d properties set"
            + " (%,.0f rows/s, %.1f s)",
        s.agencies(),
        s.people(),
        s.ties(),
        s.events(),
        store.isEmbedded() ? store.dataDirectory() : store.boltUri(),
        s.nodesCreated(),
        s.relationshipsCreated(),
        s.relationshipsDeleted(),
        s.propertiesSet(),
        s.rowsPerSecond(),
        s.millis() / 1000.0);
  }
}
