package org.sgnet.cli;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.sgnet.app.ServerFiles;
import org.sgnet.backup.Backup;
import org.sgnet.backup.Manifest;
import org.sgnet.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sgnet backup --out FILE}: a consistent snapshot of a store, served or not. */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description = {
      "Write a backup of a store into one file: the whole graph as it was at one moment (read"
          + " between two commits, again if the store changed meanwhile), the users, the token"
          + " signing secret, the pseudonymisation key, and the audit log up to its position.",
      "Works on a store that 'sgnet serve' is serving, through the server. The file is new"
          + " (never overwritten), readable by its owner only, and holds personal data: keep it"
          + " as safe as the store. 'sgnet restore' checks it and rebuilds the store from it."
    },
    footer = {
      "",
      "Examples:",
      "  sgnet backup --out /backups/sgnet-$(date +%%F).zip",
      "  sgnet backup --db ./data --out backup.zip",
      "  sgnet backup --db ./data --audit-log /var/log/sgnet.log --out b.zip",
      "",
      "Exit codes: 0 written; 1 failure, or the store kept changing (try again); 2 the file"
          + " exists or an option is wrong."
    })
final class BackupCommand extends ContextCommand {

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "The backup to write (a zip); it must not exist.")
  Path out;

  @Option(
      names = "--audit-log",
      paramLabel = "FILE",
      description =
          "The server's audit log, when 'sgnet serve' was given --audit-log (default: audit.log"
              + " beside the store's files).")
  Path auditLog;

  @Override
  void work(ApplicationContext context, PrintWriter o) throws IOException {
    ServerFiles files = context.getBean(ServerFiles.class);
    Path audit = auditLog != null ? auditLog.toAbsolutePath() : files.resolve("audit.log");
    String version = new Sgnet.Version().getVersion()[0];
    Backup.Summary s =
        new Backup(context.getBean(Store.class), files.directory(), audit, version).write(out);
    Manifest m = s.manifest();
    o.printf(
        Locale.ROOT,
        "Backed up %,d nodes and %,d relationships to %s (%,d bytes, %.1f s, %d read(s))%n",
        m.nodes(),
        m.relationships(),
        s.file(),
        s.bytes(),
        s.millis() / 1000.0,
        m.attempts());
    o.println("  files: " + describeFiles(m));
    o.println(
        "  audit log: "
            + (m.audit() == null
                ? "none"
                : m.audit().lines() + " lines, last hash " + m.audit().lastHash()));
    o.println("  It holds personal data: keep it encrypted and as closely guarded as the store.");
  }

  /** The server files a backup holds, as a list for the summary. */
  static String describeFiles(Manifest m) {
    String files =
        String.join(
            ", ",
            m.entries().stream()
                .map(Manifest.Entry::name)
                .filter(n -> n.startsWith("files/"))
                .map(n -> n.substring("files/".length()))
                .toList());
    return files.isEmpty() ? "none" : files;
  }
}
