package org.sgnet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sgnet.backup.Manifest;
import org.sgnet.backup.Restore;
import org.sgnet.store.StoreSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sgnet restore FILE --db DIR}: rebuilds a store from a backup into a new directory. */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuild a store from a backup that 'sgnet backup' wrote, into a new data directory.",
      "The whole file is checked first (every entry's size and SHA-256, the format version);"
          + " a damaged, cut-short or unknown backup is refused and nothing is written. DIR must"
          + " not exist or be empty: a restore never writes over a store. The store is built"
          + " beside DIR and takes its name only when complete. Users, their passwords and tokens,"
          + " and the pseudonyms are those of the backup; the store gets a Bolt password of its"
          + " own. With --check, only checks the file."
    },
    footer = {
      "",
      "Examples:",
      "  sgnet restore backup.zip --db ./data-restored",
      "  sgnet restore --check backup.zip",
      "",
      "Exit codes: 0 restored (or intact); 1 failure; 2 the backup is damaged, cut short or of"
          + " an unknown version, or DIR is not empty."
    })
final class RestoreCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "The backup.")
  Path file;

  @Option(
      names = "--db",
      paramLabel = "DIR",
      description =
          "The new store's data directory (default: $XDG_DATA_HOME/sgnet/db or"
              + " ~/.local/share/sgnet/db); it must not exist or be empty.")
  Path db;

  @Option(names = "--check", description = "Only check the backup; restore nothing.")
  boolean check;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (check) {
      Manifest m = Restore.verify(file);
      out.printf(
          Locale.ROOT,
          "intact: sgnet backup of %s, %,d nodes, %,d relationships, files: %s%n",
          m.createdAt(),
          m.nodes(),
          m.relationships(),
          BackupCommand.describeFiles(m));
      out.flush();
      return Sgnet.OK;
    }
    Path target = db != null ? db : StoreSettings.defaultDataDirectory();
    Restore.Summary s = Restore.restore(file, target);
    Manifest m = s.manifest();
    out.printf(
        Locale.ROOT,
        "Restored %,d nodes and %,d relationships as of %s into %s (%.1f s)%n",
        m.nodes(),
        m.relationships(),
        m.createdAt(),
        s.directory(),
        s.millis() / 1000.0);
    out.println("  files: " + (s.files().isEmpty() ? "none" : String.join(", ", s.files())));
    if (m.audit() != null) {
      out.println(
          "  audit log: continues from line "
              + m.audit().lines()
              + "; requests after the backup are only in the old log");
    }
    out.flush();
    return Sgnet.OK;
  }
}
