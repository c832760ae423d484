package org.sgnet.cli;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.sgnet.report.ReportFile;
import org.sgnet.report.ReportFormat;
import org.sgnet.report.ReportRequest;
import org.sgnet.report.Reporter;
import org.sgnet.rules.RuleDefaults;
import org.sgnet.rules.RuleOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sgnet report}: the board briefing, as HTML or PDF. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Write a board briefing: a summary, the findings under the review's six themes with their"
          + " evidence, dates and recommendations, and for each child with findings an ecomap and"
          + " a timeline.",
      "People, agencies and events appear as the codes of pseudonymised exports (Child A,"
          + " Professional 7, Agency 3) unless --identifiable is given. The PDF is the HTML"
          + " document rendered on this machine; nothing is fetched from elsewhere."
    },
    footer = {
      "",
      "Over HTTP the same report is GET /api/report; an identifiable one needs the ANALYST role.",
      "",
      "Examples:",
      "  sgnet report --out briefing.pdf",
      "  sgnet report --child child-j --format html --out child-j.html",
      "  sgnet report --as-of 2024-01-31 --window 60 --out january.pdf",
      "  sgnet report --identifiable --out briefing-identifiable.pdf"
    })
final class ReportCommand extends ContextCommand {

  @Mixin RunOptions run;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "html or pdf (default: from the extension of --out, else html).")
  String format;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "Where to write the report.")
  Path out;

  @Option(
      names = "--identifiable",
      description =
          "Real names, ids, roles, birth dates and case notes instead of codes. The report is"
              + " then personal data.")
  boolean identifiable;

  @Override
  void check() {
    format();
    run.applyTo(RuleOptions.defaults().toBuilder()).build();
  }

  @Override
  void work(ApplicationContext context, PrintWriter o) {
    ReportFormat chosen = format();
    RuleDefaults defaults = context.getBean(RuleDefaults.class);
    RuleOptions options = run.applyTo(defaults.options().toBuilder()).build();
    long start = System.nanoTime();
    ReportFile file =
        context
            .getBean(Reporter.class)
            .write(
                new ReportRequest(options, defaults.engineFor(null, options), identifiable),
                chosen);
    write(file.content());
    long millis = (System.nanoTime() - start) / 1_000_000;
    o.printf(
        Locale.ROOT,
        "Wrote the %s report (%s) to %s: %d finding(s), %d child section(s)%s, in %.1f s%n",
        chosen.name(),
        identifiable ? "identifiable" : "pseudonymised",
        out,
        file.findings(),
        file.children(),
        file.pages() > 0 ? ", " + file.pages() + " pages" : "",
        millis / 1000.0);
  }

  /** The format asked for, or the one the file name says, or HTML. */
  private ReportFormat format() {
    if (format != null) {
      return ReportFormat.parse(format);
    }
    String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".pdf") ? ReportFormat.PDF : ReportFormat.HTML;
  }

  private void write(byte[] content) {
    try {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.write(out, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
