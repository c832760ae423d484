package org.sgnet.cli;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sgnet.bundle.Csv;
import org.sgnet.rules.Analysis;
import org.sgnet.rules.Analyzer;
import org.sgnet.rules.Engine;
import org.sgnet.rules.Finding;
import org.sgnet.rules.FindingAssembler;
import org.sgnet.rules.FindingsJson;
import org.sgnet.rules.Names;
import org.sgnet.rules.Rule;
import org.sgnet.rules.RuleDefaults;
import org.sgnet.rules.RuleOptions;
import org.sgnet.runs.RunRecord;
import org.sgnet.runs.Runs;
import org.sgnet.runs.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sgnet analyse}: runs the rule catalogue and prints the findings. */
@Command(
    name = "analyse",
    aliases = "analyze",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Run the rule catalogue (rules.md) over the store and print the findings.",
      "D (--as-of) defaults to the latest event date in the store; the window is the W days up"
          + " to D (D - W < date <= D). Exit code 0 with or without findings, 2 for bad options."
    },
    footer = {
      "",
      "Every threshold can also be set in the configuration, e.g. the setting"
          + " sgnet.rules.overload.professionals"
          + " or SGNET_RULES_WINDOW.",
      "",
      "Examples:",
      "  sgnet analyse",
      "  sgnet analyse --as-of 2024-01-31 --window 60 --format json",
      "  sgnet analyse --child child-j --explain",
      "  sgnet analyse --rule COORDINATION_GAP --rule AGENCY_SILO --engine jgrapht",
      "  sgnet analyse --record --by 'A. Ali'",
      "  sgnet analyse --new-since run-3 --status new"
    })
final class AnalyseCommand extends ContextCommand {

  /** Output formats. */
  enum Format {
    table,
    json,
    csv
  }

  @Mixin RunOptions run;

  @Option(
      names = "--rule",
      paramLabel = "NAME",
      description = "Run only this rule (repeatable; default: every rule).")
  List<String> rules = new ArrayList<>();

  @Option(
      names = "--engine",
      paramLabel = "ENGINE",
      description =
          "cypher or jgrapht (default: sgnet.rules.engine, else by the store's size: jgrapht"
              + " while the heap holds the network, and for one child up to 100,000 events;"
              + " cypher above; through a running server, jgrapht only for the whole network up"
              + " to 150,000 events).")
  String engine;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "table, json or csv (default: ${DEFAULT-VALUE}).",
      defaultValue = "table")
  Format format;

  @Option(names = "--explain", description = "Add the evidence of each finding.")
  boolean explain;

  @Option(
      names = "--record",
      description =
          "Record the run: its findings are kept under stable keys, and those no longer found"
              + " resolve. The whole catalogue only (not with --child or --rule).")
  boolean record;

  @Option(
      names = "--by",
      paramLabel = "NAME",
      description = "Who records the run (default: the operating-system user).")
  String by;

  @Option(
      names = "--new-since",
      paramLabel = "RUN",
      description = "Only findings that the recorded run RUN (such as run-3) did not find.")
  String newSince;

  @Option(
      names = "--status",
      paramLabel = "STATUS",
      description =
          "Only findings with this triage status: new, confirmed, dismissed or actioned (a"
              + " finding never recorded is new).")
  String status;

  @Option(names = "--overload-professionals", paramLabel = "N", description = "Default 8.")
  Integer overloadProfessionals;

  @Option(names = "--overload-agencies", paramLabel = "N", description = "Default 5.")
  Integer overloadAgencies;

  @Option(names = "--spoc-agencies", paramLabel = "N", description = "Default 3.")
  Integer spocAgencies;

  @Option(names = "--silo-shared-children", paramLabel = "N", description = "Default 3.")
  Integer siloSharedChildren;

  @Option(names = "--request-response-days", paramLabel = "DAYS", description = "Default 28.")
  Integer requestResponseDays;

  @Option(names = "--reassessment-days", paramLabel = "DAYS", description = "Default 45.")
  Integer reassessmentDays;

  @Override
  void check() {
    RuleOptions options = options(RuleOptions.defaults());
    RunOptions.engine(engine);
    if (record) {
      Runs.requireWholeCatalogue(options);
    }
    if (status != null) {
      Status.parse(status);
    }
  }

  @Override
  void work(ApplicationContext context, PrintWriter out) {
    RuleDefaults defaults = context.getBean(RuleDefaults.class);
    RuleOptions options = options(defaults.options());
    Engine chosen = defaults.engineFor(RunOptions.engine(engine), options);
    Analyzer analyzer = context.getBean(Analyzer.class);
    Analysis analysis = analyzer.analyse(options, chosen);
    Runs runs = context.getBean(Runs.class);
    if (record) {
      long start = System.nanoTime();
      RunRecord run = runs.record(analysis, options, chosen, who(by));
      double seconds = (System.nanoTime() - start) / 1e9;
      // Standard error, so that the JSON or CSV on standard output stays one document.
      PrintWriter err = spec.commandLine().getErr();
      err.printf(
          Locale.ROOT,
          "Recorded %s: %d findings, %d opened, %d reopened, %d resolved (%.1f s)%n",
          run.id(),
          run.findings(),
          run.opened(),
          run.reopened(),
          run.resolved(),
          seconds);
      err.flush();
    }
    if (newSince != null || status != null) {
      analysis =
          new Analysis(
              analysis.asOf(),
              analysis.windowDays(),
              runs.filter(
                  analysis.findings(), newSince, status == null ? null : Status.parse(status)));
    }
    List<List<String>> evidence = explain ? analyzer.explain(analysis) : null;
    switch (format) {
      case json -> writeJson(analysis, evidence);
      case csv -> writeCsv(out, analysis, evidence);
      case table -> writeTable(out, analysis, evidence, analyzer);
    }
  }

  /** The run's options: the defaults, then every option given on the command line. */
  RuleOptions options(RuleOptions defaults) {
    RuleOptions.Builder b = run.applyTo(defaults.toBuilder());
    b.rules(rules.stream().map(Rule::parse).toList());
    b.override(
        new RuleOptions.Overrides(
            overloadProfessionals,
            overloadAgencies,
            spocAgencies,
            siloSharedChildren,
            requestResponseDays,
            reassessmentDays));
    return b.build();
  }

  private void writeJson(Analysis analysis, List<List<String>> evidence) {
    PrintWriter out = spec.commandLine().getOut();
    try {
      FindingsJson.write(analysis, evidence, true, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
  }

  private static void writeCsv(PrintWriter out, Analysis a, List<List<String>> evidence) {
    List<String> header =
        new ArrayList<>(
            List.of(
                "as_of",
                "window_days",
                "rule",
                "severity",
                "child_ids",
                "agency_ids",
                "person_ids",
                "message",
                "recommendation",
                "details"));
    if (evidence != null) {
      header.add("evidence");
    }
    try {
      Csv.line(out, header);
      for (int i = 0; i < a.findings().size(); i++) {
        Finding f = a.findings().get(i);
        List<String> cells = new ArrayList<>();
        cells.add(a.asOf().toString());
        cells.add(Integer.toString(a.windowDays()));
        cells.add(f.rule().name());
        cells.add(f.severity().name());
        cells.add(String.join(";", f.childIds()));
        cells.add(String.join(";", f.agencyIds()));
        cells.add(String.join(";", f.personIds()));
        cells.add(f.message());
        cells.add(f.recommendation());
        cells.add(FindingsJson.details(f.details()));
        if (evidence != null) {
          cells.add(String.join("\n", evidence.get(i)));
        }
        Csv.line(out, cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeTable(
      PrintWriter out, Analysis a, List<List<String>> evidence, Analyzer analyzer) {
    Set<String> children = new TreeSet<>();
    a.findings().forEach(f -> children.addAll(f.childIds()));
    Names names = analyzer.names(children, List.of());
    out.printf(
        Locale.ROOT,
        "Findings as of %s, window %d days (%s to %s): %d%n",
        a.asOf(),
        a.windowDays(),
        a.asOf().minusDays(a.windowDays() - 1L),
        a.asOf(),
        a.findings().size());
    // One group per set of children, in the order of their ids.
    Map<List<String>, List<Integer>> groups =
        new java.util.TreeMap<>(FindingAssembler::compareLists);
    for (int i = 0; i < a.findings().size(); i++) {
      groups.computeIfAbsent(a.findings().get(i).childIds(), k -> new ArrayList<>()).add(i);
    }
    for (Map.Entry<List<String>, List<Integer>> g : groups.entrySet()) {
      List<String> who = new ArrayList<>();
      for (String c : g.getKey()) {
        who.add(names.person(c) + " (" + c + ")");
      }
      out.println();
      out.println(String.join(", ", who));
      Map<Finding, Integer> sorted = new LinkedHashMap<>();
      g.getValue().stream()
          .sorted(
              java.util.Comparator.comparing((Integer i) -> a.findings().get(i).severity())
                  .thenComparing(i -> i))
          .forEach(i -> sorted.put(a.findings().get(i), i));
      for (Map.Entry<Finding, Integer> e : sorted.entrySet()) {
        Finding f = e.getKey();
        out.printf(Locale.ROOT, "  %-6s  %-35s %s%n", f.severity(), f.rule(), f.message());
        if (evidence != null) {
          out.printf(Locale.ROOT, "  %6s  %-35s -> %s%n", "", "", f.recommendation());
          for (String line : evidence.get(e.getValue())) {
            out.printf(Locale.ROOT, "  %6s  %-35s    %s%n", "", "", line);
          }
        }
      }
    }
    if (a.findings().isEmpty()) {
      out.println();
      out.println("No findings.");
    }
  }
}
