package org.sgnet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sgnet.SgnetException;
import org.sgnet.audit.AuditLog;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sgnet audit}: the audit trail of the HTTP server. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "The audit trail of the HTTP server.",
    subcommands = {AuditCommand.Verify.class})
final class AuditCommand extends GroupCommand {

  /** {@code sgnet audit verify --audit-log FILE}. */
  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "Check an audit log: every line's hash, its link to the line before, the numbering and"
            + " the head file. Exit 0 when intact; 3 naming the first bad line when any line was"
            + " edited, removed or reordered."
      },
      footer = {
        "",
        "Examples:",
        "  sgnet audit verify --audit-log ~/.local/share/sgnet/db/audit.log"
      })
  static final class Verify implements Callable<Integer> {

    /** Exit code of a damaged log. */
    static final int DAMAGED = 3;

    @Option(names = "--audit-log", required = true, paramLabel = "FILE", description = "The log.")
    Path file;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      if (!file.toFile().isFile()) {
        throw new SgnetException(SgnetException.Kind.INVALID_INPUT, "no audit log at " + file);
      }
      AuditLog.Verification v = AuditLog.verify(file);
      if (v.intact()) {
        PrintWriter out = spec.commandLine().getOut();
        out.println("intact: " + v.lines() + " lines, last hash " + v.lastHash());
        out.flush();
        return Sgnet.OK;
      }
      PrintWriter err = spec.commandLine().getErr();
      err.println(file + ":" + v.badLine() + ": " + v.reason());
      err.flush();
      return DAMAGED;
    }
  }
}
