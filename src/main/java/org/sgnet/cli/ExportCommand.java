package org.sgnet.cli;

import io.micronaut.context.ApplicationContext;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sgnet.SgnetException;
import org.sgnet.export.ExportFormat;
import org.sgnet.export.NetworkExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
final class ExportCommand implements Callable<Integer> {

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

  @Mixin StoreOptions store;

  @Override
  public Integer call() throws Exception {
    ExportFormat f = ExportFormat.parse(format);
    if (out == null && f == ExportFormat.CSV && System.console() != null) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT,
          "a csv export is a zip of a bundle: give --out or redirect standard output to a file");
    }
    try (ApplicationContext context = Contexts.start(store.properties())) {
      NetworkExporter exporter = context.getBean(NetworkExporter.class);
      if (out == null) {
        OutputStream stdout = new BufferedOutputStream(System.out);
        exporter.write(f, stdout);
        stdout.flush();
      } else {
        exporter.write(f, out);
      }
    }
    return Sgnet.OK;
  }
}
