package org.sgnet.cli;

import io.micronaut.context.ApplicationContext;
import java.io.PrintWriter;
import java.util.Locale;
import org.sgnet.runs.RunRecord;
import org.sgnet.runs.Runs;
import picocli.CommandLine.Command;

/** {@code sgnet runs list}: the recorded runs. */
@Command(
    name = "runs",
    mixinStandardHelpOptions = true,
    description = "The recorded analysis runs (sgnet analyse --record, POST /api/runs, imports).",
    subcommands = RunsCommand.ListRuns.class)
final class RunsCommand extends GroupCommand {

  /** {@code runs list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Every recorded run, oldest first.")
  static final class ListRuns extends ContextCommand {
    @Override
    void work(ApplicationContext context, PrintWriter out) {
      for (RunRecord r : context.getBean(Runs.class).runs()) {
        out.printf(
            Locale.ROOT,
            "%-8s %s  as of %s, %d days, %s, %s  by %s: %d findings (%d opened, %d reopened,"
                + " %d resolved)%n",
            r.id(),
            r.at(),
            r.asOf(),
            r.windowDays(),
            r.engine(),
            r.catalogue(),
            r.by(),
            r.findings(),
            r.opened(),
            r.reopened(),
            r.resolved());
      }
    }
  }
}
