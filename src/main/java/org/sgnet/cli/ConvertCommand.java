package org.sgnet.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sgnet.SgnetException;
import org.sgnet.bundle.BundleWriter;
import org.sgnet.sources.Conversion;
import org.sgnet.sources.Rejects;
import org.sgnet.sources.SourceFormats;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sgnet convert --from FORMAT PATH… --out DIR}: writes the case bundle a source becomes,
 * without a store, so that an analyst can look at it before importing.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Convert a statutory return or partner extract into a case bundle (formats:"
          + " ssda903, cin, annex-a, ssd, dfe-api, partner) and write it to a folder, without touching a store. The"
          + " bundle carries each row's provenance and each person's identifiers; people are"
          + " joined only by identifiers within this source (import matches them against the"
          + " store too). On any error every error is printed and nothing is written (exit 2),"
          + " unless --rejects FILE is given."
    },
    footer = {
      "",
      "Examples:",
      "  sgnet convert --from ssda903 ./903-return --authority 201 --out ./903-bundle",
      "  sgnet convert --from partner csc.csv education.csv --out ./partner-bundle"
    })
final class ConvertCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "The source's files or folders.")
  List<Path> paths;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "FORMAT",
      description = "The source's format: ${COMPLETION-CANDIDATES}.",
      completionCandidates = SourceOptionsMixin.Formats.class)
  String from;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "The folder to write the bundle's CSV files into (created if needed).")
  Path out;

  @Option(
      names = "--rejects",
      paramLabel = "FILE",
      description = "Write the valid records and list each refused one, with its reason, in FILE.")
  Path rejects;

  @Mixin SourceOptionsMixin source;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new SgnetException(SgnetException.Kind.INVALID_INPUT, "nothing at " + path);
      }
    }
    Conversion.Result result =
        new Conversion(SourceFormats.named(from), source.options())
            .convert(paths, List.of(), rejects != null);
    new BundleWriter(result.bundle()).write(out);
    if (rejects != null) {
      Rejects.write(rejects, result.refused());
    }
    PrintWriter w = spec.commandLine().getOut();
    w.println(SourceOptionsMixin.describe(result, rejects));
    w.printf(
        Locale.ROOT,
        "Wrote %,d agencies, %,d people, %,d ties and %,d events to %s%n",
        result.bundle().agencies().size(),
        result.bundle().people().size(),
        result.bundle().ties().size(),
        result.bundle().events().size(),
        out);
    w.flush();
    return Sgnet.OK;
  }
}
