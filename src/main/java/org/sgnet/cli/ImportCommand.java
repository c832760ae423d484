package org.sgnet.cli;

import io.micronaut.context.ApplicationContext;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sgnet.bundle.Bundle;
import org.sgnet.bundle.BundleReader;
import org.sgnet.store.BundleImporter;
import org.sgnet.store.ImportSummary;
import org.sgnet.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sgnet import BUNDLE}: validates a case bundle and writes all of it or nothing. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import a case bundle (a folder or a .zip of CSV files, see case-bundle.md).",
      "The whole bundle is checked first: on any error every error is printed as"
          + " file:line: column X: message, nothing is written and the exit code is 2."
          + " Ids are stable: importing the same ids again updates in place."
    },
    footer = {
      "",
      "Examples:",
      "  sgnet import ./case-bundle",
      "  sgnet import case.zip --db ./data",
      "  SGNET_STORE_PASSWORD=... sgnet import case.zip --uri neo4j://db.example:7687"
    })
final class ImportCommand implements Callable<Integer> {

  @Parameters(paramLabel = "BUNDLE", description = "Bundle folder or .zip.")
  Path bundle;

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

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!java.nio.file.Files.exists(bundle)) {
      // A wrong path is the user's input, like a bad option: exit 2, not 1.
      throw new org.sgnet.SgnetException(
          org.sgnet.SgnetException.Kind.INVALID_INPUT, "no bundle at " + bundle);
    }
    BundleImporter.Transactions mode = transactionsMode(transactions);
    Bundle read = new BundleReader().read(bundle);
    try (ApplicationContext context = Contexts.start(store.properties())) {
      Store s = context.getBean(Store.class);
      ImportSummary summary =
          new BundleImporter(s, batchSize, mode).importBundle(read, ProgressBar.forTerminal());
      PrintWriter out = spec.commandLine().getOut();
      out.println(describe(summary, s));
      out.flush();
    }
    return Sgnet.OK;
  }

  private static BundleImporter.Transactions transactionsMode(String value) {
    for (BundleImporter.Transactions t : BundleImporter.Transactions.values()) {
      if (t.name().equalsIgnoreCase(value)) {
        return t;
      }
    }
    throw new org.sgnet.SgnetException(
        org.sgnet.SgnetException.Kind.INVALID_INPUT,
        "--transactions must be one, batch or auto, not '" + value + "'");
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
