package org.sgnet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sgnet.SgnetException;
import org.sgnet.audit.AuditLog;
import org.sgnet.load.HeapSampler;
import org.sgnet.load.LoadDriver;
import org.sgnet.load.LoadPlan;
import org.sgnet.load.LoadReport;
import org.sgnet.users.Role;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sgnet bench-load} (hidden): a mixed workload against a running server, with per-endpoint
 * latency percentiles, the server's heap and the audit chain checked at the end. See the README's
 * Performance section and {@code bench/load.sh}.
 */
@Command(
    name = "bench-load",
    hidden = true,
    mixinStandardHelpOptions = true,
    description = {
      "Load a running sgnet server: reviewers open children's pages, tools poll the findings,"
          + " analysts run named queries and their own read-only Cypher, and an administrator"
          + " imports a bundle half way. Prints per endpoint requests, throughput, p50/p90/p99,"
          + " max and errors. Exit 0 when every answer was 2xx and the audit log (if given) is"
          + " intact, else 1. The users must exist with one password, read from standard input."
    },
    footer = {
      "",
      "Examples:",
      "  sgnet bench-load --url http://127.0.0.1:8080 --password-stdin < pw.txt",
      "  sgnet bench-load --url URL --import bundle/ --password-stdin < pw.txt",
      "  bench/load.sh    (generates, imports and serves an authority, then runs it)"
    })
final class BenchLoadCommand implements Callable<Integer> {

  @Option(names = "--url", required = true, paramLabel = "URL", description = "The server.")
  URI url;

  @Option(
      names = "--duration",
      paramLabel = "TIME",
      defaultValue = "10m",
      description = "How long the users run, such as 90s or 10m (default: ${DEFAULT-VALUE}).")
  String duration;

  @Option(
      names = "--reviewers",
      defaultValue = "4",
      description = "Reviewers opening children's pages (default: ${DEFAULT-VALUE}).")
  int reviewers;

  @Option(
      names = "--tools",
      defaultValue = "2",
      description = "Tools polling the findings (default: ${DEFAULT-VALUE}).")
  int tools;

  @Option(
      names = "--analysts",
      defaultValue = "2",
      description = "Analysts running queries (default: ${DEFAULT-VALUE}).")
  int analysts;

  @Option(
      names = "--think",
      paramLabel = "TIME",
      defaultValue = "2s",
      description =
          "Each user's mean pause between two actions, drawn from half to one and a half times"
              + " it (default: ${DEFAULT-VALUE}).")
  String think;

  @Option(
      names = "--timeout",
      paramLabel = "TIME",
      defaultValue = "120s",
      description =
          "How long a request waits for its answer before it counts as an error, no answer"
              + " (default: ${DEFAULT-VALUE}; the import waits 20 minutes).")
  String timeout;

  @Option(
      names = "--cypher-at-once",
      defaultValue = "1",
      description =
          "Ad-hoc Cypher queries the driver sends at once: keep it at or below the server's"
              + " sgnet.query.max-running (half its cores) (default: ${DEFAULT-VALUE}).")
  int cypherAtOnce;

  @Option(
      names = "--import",
      paramLabel = "BUNDLE",
      description = "A bundle (.zip or folder) the administrator imports half way through.")
  Path importBundle;

  @Option(
      names = "--user",
      paramLabel = "ROLE=NAME",
      description =
          "The user of a role (default: load-admin, load-analyst, load-reviewer, load-tool).")
  Map<String, String> names = Map.of();

  @Option(
      names = "--password-stdin",
      required = true,
      description = "Read the users' password (one for all) from standard input.")
  boolean passwordStdin;

  @Option(
      names = "--server-pid",
      paramLabel = "PID",
      description = "Sample this server process's heap with jstat (same machine, a JDK).")
  Long serverPid;

  @Option(
      names = "--audit-log",
      paramLabel = "FILE",
      description = "Verify the server's audit log after the run.")
  Path auditLog;

  @Option(names = "--seed", defaultValue = "18", description = "Seed of every random choice.")
  long seed;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    String password = StandardInput.firstLine("password");
    Map<Role, Integer> users = new EnumMap<>(Role.class);
    users.put(Role.REVIEWER, reviewers);
    users.put(Role.TOOL, tools);
    users.put(Role.ANALYST, analysts);
    Map<Role, LoadPlan.Login> logins = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      String name = "load-" + role.name().toLowerCase(Locale.ROOT);
      logins.put(role, new LoadPlan.Login(name, password));
    }
    names.forEach((role, name) -> logins.put(Role.parse(role), new LoadPlan.Login(name, password)));
    LoadPlan plan =
        new LoadPlan(
            url,
            duration("--duration", duration),
            users,
            logins,
            duration("--think", think),
            duration("--timeout", timeout),
            cypherAtOnce,
            importBundle,
            seed);
    PrintWriter out = spec.commandLine().getOut();
    LoadReport report;
    HeapSampler.Heap heap = null;
    if (serverPid == null) {
      report = new LoadDriver(plan, line -> say(out, line)).run();
    } else {
      try (HeapSampler sampler = new HeapSampler(serverPid, 5)) {
        report = new LoadDriver(plan, line -> say(out, line)).run();
        heap = sampler.heap();
      }
    }
    report.print(out);
    if (heap != null) {
      out.println(heap);
    }
    boolean intact = true;
    if (auditLog != null) {
      AuditLog.Verification v = AuditLog.verify(auditLog);
      intact = v.intact();
      out.println(
          intact
              ? "audit log: intact, " + v.lines() + " lines"
              : "audit log: line " + v.badLine() + ": " + v.reason());
    }
    out.flush();
    return report.errors() == 0 && intact ? Sgnet.OK : Sgnet.FAILURE;
  }

  private static void say(PrintWriter out, String line) {
    out.println(line);
    out.flush();
  }

  /** A duration such as {@code 90s}, {@code 10m} or {@code 1h}. */
  static Duration duration(String option, String text) {
    try {
      return Duration.parse("PT" + text.strip().toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException e) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT,
          option + ": '" + text + "' is not a duration such as 90s or 10m");
    }
  }
}
