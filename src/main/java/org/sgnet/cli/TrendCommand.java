package org.sgnet.cli;

import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sgnet.bundle.Csv;
import org.sgnet.rules.Analyzer;
import org.sgnet.rules.Rule;
import org.sgnet.rules.RuleDefaults;
import org.sgnet.rules.RuleOptions;
import org.sgnet.rules.Theme;
import org.sgnet.trend.Step;
import org.sgnet.trend.Trend;
import org.sgnet.trend.TrendJson;
import org.sgnet.trend.Trends;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sgnet trend}: the catalogue as of each step between two dates, counted for the board. */
@Command(
    name = "trend",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Run the rule catalogue as of each step between two dates and print, per step, the"
          + " findings per theme (and per rule) and the children affected: whether the lessons"
          + " are being learnt.",
      "Each step's date is the last day of the step (the day; the Sunday ending its ISO week;"
          + " the last day of its month or quarter), from the step containing --from to the one"
          + " containing --to; at most 120 steps. Each point is exactly what"
          + " 'sgnet analyse --as-of DATE' finds. A child is affected at a date when any finding"
          + " of that run names them; each child counts once however many findings name them.",
      "Counts only, no ids. Exit code 0, 2 for bad options."
    },
    footer = {
      "",
      "Thresholds come from the configuration (sgnet.rules.*), as for sgnet analyse.",
      "",
      "Examples:",
      "  sgnet trend",
      "  sgnet trend --from 2025-01-01 --to 2025-12-31 --step month",
      "  sgnet trend --from 2024-01-01 --step quarter --window 60 --format csv"
    })
final class TrendCommand extends ContextCommand {

  /** Output formats. */
  enum Format {
    table,
    csv,
    json
  }

  @Option(
      names = "--from",
      paramLabel = "YYYY-MM-DD",
      description = "The first date (default: eleven steps before --to, so twelve points).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "YYYY-MM-DD",
      description = "The last date (default: the latest event date in the store).")
  String to;

  @Option(
      names = "--step",
      paramLabel = "STEP",
      description = "day, week, month or quarter (default: ${DEFAULT-VALUE}).",
      defaultValue = "month")
  String step;

  @Option(
      names = "--window",
      paramLabel = "DAYS",
      description = "The window W of every run (default 90).")
  Integer window;

  @Option(
      names = "--rule",
      paramLabel = "NAME",
      description = "Count only this rule (repeatable; default: every rule).")
  List<String> rules = new ArrayList<>();

  @Option(
      names = "--engine",
      paramLabel = "ENGINE",
      description =
          "cypher or jgrapht (default: sgnet.rules.engine, else jgrapht while the heap holds the"
              + " network, also through a running server: the steps share one projection).")
  String engine;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "table, csv or json (default: ${DEFAULT-VALUE}).",
      defaultValue = "table")
  Format format;

  @Override
  void check() {
    options(RuleOptions.defaults());
    RunOptions.engine(engine);
    LocalDate first = RunOptions.date("--from", from);
    LocalDate last = RunOptions.date("--to", to);
    // The step is checked on its own too: without both dates the store would be opened first.
    Step parsed = Step.parse(step);
    if (first != null && last != null) {
      Trends.dates(first, last, parsed);
    }
  }

  @Override
  void work(ApplicationContext context, PrintWriter out) {
    RuleDefaults defaults = context.getBean(RuleDefaults.class);
    RuleOptions options = options(defaults.options());
    Trend trend =
        new Trends(context.getBean(Analyzer.class))
            .run(
                RunOptions.date("--from", from),
                RunOptions.date("--to", to),
                Step.parse(step),
                options,
                defaults.engineForTrend(RunOptions.engine(engine), options));
    switch (format) {
      case json -> writeJson(out, trend);
      case csv -> writeCsv(out, trend);
      case table -> writeTable(out, trend);
    }
  }

  private RuleOptions options(RuleOptions defaults) {
    RuleOptions.Builder b = defaults.toBuilder();
    if (window != null) {
      b.windowDays(window);
    }
    return b.rules(rules.stream().map(Rule::parse).toList()).build();
  }

  private static void writeJson(PrintWriter out, Trend trend) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try {
      TrendJson.write(trend, true, buffer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println(buffer.toString(StandardCharsets.UTF_8));
  }

  /** One row per step: totals, then each theme's findings and children, then each rule. */
  private static void writeCsv(PrintWriter out, Trend trend) {
    List<String> header = new ArrayList<>(List.of("date", "findings", "children_affected"));
    trend.themes().forEach(t -> header.add(t.name()));
    trend.themes().forEach(t -> header.add("children_" + t.name()));
    trend.rules().forEach(r -> header.add(r.name()));
    try {
      Csv.line(out, header);
      for (Trend.Point p : trend.points()) {
        List<String> cells = new ArrayList<>();
        cells.add(p.date().toString());
        cells.add(Integer.toString(p.findings()));
        cells.add(Integer.toString(p.children()));
        trend.themes().forEach(t -> cells.add(Integer.toString(p.byTheme().get(t))));
        trend.themes().forEach(t -> cells.add(Integer.toString(p.childrenByTheme().get(t))));
        trend.rules().forEach(r -> cells.add(Integer.toString(p.byRule().get(r))));
        Csv.line(out, cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One row per step: the findings of each theme, then all findings and children affected. */
  private static void writeTable(PrintWriter out, Trend trend) {
    out.printf(
        Locale.ROOT,
        "Findings per theme and children affected, as of the end of each %s from %s to %s,"
            + " window %d days (%s engine)%n%n",
        trend.step().label(),
        trend.from(),
        trend.to(),
        trend.windowDays(),
        trend.engine().name().toLowerCase(Locale.ROOT));
    List<String> headings = new ArrayList<>(List.of("Date"));
    trend.themes().forEach(t -> headings.add(t.title()));
    headings.addAll(List.of("All findings", "Children affected"));
    List<List<String>> rows = new ArrayList<>();
    for (Trend.Point p : trend.points()) {
      List<String> row = new ArrayList<>(List.of(p.date().toString()));
      for (Theme t : trend.themes()) {
        row.add(Integer.toString(p.byTheme().get(t)));
      }
      row.add(Integer.toString(p.findings()));
      row.add(Integer.toString(p.children()));
      rows.add(row);
    }
    int[] widths = new int[headings.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = headings.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    printRow(out, headings, widths);
    for (List<String> row : rows) {
      printRow(out, row, widths);
    }
  }

  /** Dates left-aligned, counts right-aligned under their headings. */
  private static void printRow(PrintWriter out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String format = i == 0 ? "%-" + widths[i] + "s" : "  %" + widths[i] + "s";
      line.append(String.format(Locale.ROOT, format, cells.get(i)));
    }
    out.println(line.toString().stripTrailing());
  }
}
