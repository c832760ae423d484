package org.sgnet.cli;

import io.micronaut.context.ApplicationContext;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.sgnet.SgnetException;
import org.sgnet.export.ExportFormat;
import org.sgnet.export.NetworkExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sgnet export}: writes the whole network as GraphML, JSON or a CSV bundle. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export the whole network: every agency, person and event and every tie and link.",
      "graphml opens in Gephi, yEd and networkx; json holds every property; csv is a case"
          + " bundle that imports back (a folder, or a .zip when --out ends in .zip or when"
          + " written to standard output)."
    },
    footer = {
      "",
      "Examples:",
      "  sgnet export --format graphml --out network.graphml",
      "  sgnet export --format json > network.json",
      "  sgnet export --format csv --out bundle-copy/"
    })
final class ExportCommand extends ContextCommand {

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "graphml, json or csv.")
  String format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where to write (default: standard output).")
  Path out;

  private ExportFormat parsed;

  @Override
  void check() {
    parsed = ExportFormat.parse(format);
    if (out == null && parsed == ExportFormat.CSV && System.console() != null) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT,
          "a csv export is a zip of a bundle: give --out or redirect standard output to a file");
    }
  }

  /** Writes bytes, not text: to standard output itself rather than the command line's writer. */
  @Override
  void work(ApplicationContext context, PrintWriter ignored) throws IOException {
    NetworkExporter exporter = context.getBean(NetworkExporter.class);
    if (out == null) {
      OutputStream stdout = new BufferedOutputStream(System.out);
      exporter.write(parsed, stdout);
      stdout.flush();
    } else {
      exporter.write(parsed, out);
    }
  }
}
