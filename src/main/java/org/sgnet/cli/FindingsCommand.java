package org.sgnet.cli;

import io.micronaut.context.ApplicationContext;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.sgnet.runs.Change;
import org.sgnet.runs.ChangePage;
import org.sgnet.runs.FindingRecord;
import org.sgnet.runs.Runs;
import org.sgnet.runs.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sgnet findings}: the findings recorded runs keep, their triage and the change feed. */
@Command(
    name = "findings",
    mixinStandardHelpOptions = true,
    description = {
      "List the findings that recorded runs (analyse --record) keep under stable keys, with their"
          + " triage status and whether the last run still found them."
    },
    subcommands = {
      FindingsCommand.Triage.class,
      FindingsCommand.History.class,
      FindingsCommand.Changes.class
    },
    footer = {
      "",
      "Examples:",
      "  sgnet findings --status new",
      "  sgnet findings --new-since run-2",
      "  sgnet findings triage NOT_SEEN_ALONE:child-j --status confirmed",
      "  sgnet findings triage AGENCY_SILO:a1,a2 --status dismissed --reason 'phone'",
      "  sgnet findings history NOT_SEEN_ALONE:child-j",
      "  sgnet findings changes --after 40 --limit 20"
    })
final class FindingsCommand extends ContextCommand {

  @Option(names = "--status", paramLabel = "STATUS", description = "Only this triage status.")
  String status;

  @Option(names = "--new-since", paramLabel = "RUN", description = "Only those RUN did not find.")
  String newSince;

  @Option(names = "--resolved", description = "Also the findings the last run no longer found.")
  boolean resolved;

  @Override
  void check() {
    if (status != null) {
      Status.parse(status);
    }
  }

  @Override
  void work(ApplicationContext context, PrintWriter out) {
    List<FindingRecord> found =
        context
            .getBean(Runs.class)
            .findings(
                status == null ? null : Status.parse(status),
                resolved ? null : true,
                newSince,
                null);
    for (FindingRecord f : found) {
      out.printf(
          Locale.ROOT,
          "%-10s %-9s %-8s %s  (first %s, last %s)%n  %s%s%n",
          f.status(),
          f.open() ? "open" : "resolved",
          f.severity(),
          f.key(),
          f.firstSeenRun(),
          f.lastSeenRun(),
          f.message(),
          f.reason() == null ? "" : "  [" + f.reason() + "]");
    }
    out.printf(Locale.ROOT, "%,d finding(s)%n", found.size());
  }

  static void print(PrintWriter out, Change c) {
    out.printf(
        Locale.ROOT,
        "%6d  %s  %-8s %-10s %s  by %s%s%s%s%n",
        c.seq(),
        c.at(),
        c.kind(),
        c.status(),
        c.key(),
        c.by(),
        c.runId() == null ? "" : " (" + c.runId() + ")",
        c.reason() == null ? "" : ": " + c.reason(),
        c.note() == null ? "" : " — " + c.note());
  }

  /** {@code findings triage KEY --status … [--reason] [--note] [--by]}. */
  @Command(
      name = "triage",
      mixinStandardHelpOptions = true,
      description = {
        "Set a finding's triage status (new, confirmed, dismissed, actioned), with a reason"
            + " (required to dismiss) and a note. Every change is kept with who and when."
      })
  static final class Triage extends ContextCommand {
    @Parameters(index = "0", paramLabel = "KEY", description = "The finding's stable key.")
    String key;

    @Option(names = "--status", paramLabel = "STATUS", description = "The new status.")
    String status;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why (required to dismiss).")
    String reason;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note.")
    String note;

    @Option(
        names = "--by",
        paramLabel = "NAME",
        description = "Who triages (default: the operating-system user).")
    String by;

    @Override
    void check() {
      Runs.checkTriage(status == null ? null : Status.parse(status), reason, note);
    }

    @Override
    void work(ApplicationContext context, PrintWriter out) {
      Change c =
          context
              .getBean(Runs.class)
              .triage(key, status == null ? null : Status.parse(status), reason, note, who(by));
      print(out, c);
    }
  }

  /** {@code findings history KEY}. */
  @Command(
      name = "history",
      mixinStandardHelpOptions = true,
      description = "Every change to a finding, oldest first: runs and triage, who and when.")
  static final class History extends ContextCommand {
    @Parameters(index = "0", paramLabel = "KEY", description = "The finding's stable key.")
    String key;

    @Override
    void work(ApplicationContext context, PrintWriter out) {
      context.getBean(Runs.class).history(key).forEach(c -> print(out, c));
    }
  }

  /** {@code findings changes [--after N] [--limit N]}. */
  @Command(
      name = "changes",
      mixinStandardHelpOptions = true,
      description =
          "The change feed: every finding opened, triaged, resolved or reopened after the cursor,"
              + " in order. The last line gives the cursor to ask with next.")
  static final class Changes extends ContextCommand {
    @Option(names = "--after", paramLabel = "N", description = "Cursor (default: 0, the start).")
    long after;

    @Option(names = "--limit", paramLabel = "N", description = "At most N (default: 100).")
    int limit = 100;

    @Override
    void work(ApplicationContext context, PrintWriter out) {
      ChangePage page = context.getBean(Runs.class).changes(after, limit);
      page.changes().forEach(c -> print(out, c));
      out.printf(
          Locale.ROOT,
          "next: %d%s%n",
          page.next(),
          page.more() ? " (more: sgnet findings changes --after " + page.next() + ")" : "");
    }
  }
}
