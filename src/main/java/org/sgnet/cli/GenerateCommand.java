package org.sgnet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sgnet.SgnetException;
import org.sgnet.generate.NetworkGenerator;
import org.sgnet.store.ImportProgress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sgnet generate}: writes a synthetic case bundle for tests, demos and benchmarks. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Write a synthetic case bundle: local authorities with agencies of every sector, families"
          + " of one to four siblings, placements of every legal basis, professionals with"
          + " realistic caseloads and about ten chronology entries per child per year over the"
          + " three years up to 2025-12-31. Every rule of the catalogue finds something in some children and not in others.",
      "The same options give byte-identical files. Everything is invented: names are"
          + " pseudonyms and summaries neutral stock phrases."
    },
    footer = {
      "",
      "Examples:",
      "  sgnet generate --children 1000 --out ./synthetic",
      "  sgnet generate --children 30000 --seed 7 --out ./m",
      "  sgnet import ./m --db ./m-db",
      "  sgnet generate --children 15000 --events-per-year 2 --out ./bench --force"
    })
final class GenerateCommand implements Callable<Integer> {

  @Option(
      names = "--children",
      paramLabel = "N",
      required = true,
      description = "Children to generate, at least 1.")
  int children;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "Seed: the same seed gives the same bundle (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      required = true,
      description = "Folder to write agencies.csv, people.csv, relationships.csv and events.csv.")
  Path out;

  @Option(
      names = "--events-per-year",
      paramLabel = "RATE",
      defaultValue = "10",
      description = "Chronology entries per child per year on average (default: ${DEFAULT-VALUE}).")
  double eventsPerYear;

  @Option(
      names = "--force",
      description = "Write into DIR even when it is not empty, replacing the bundle's files.")
  boolean force;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (children < 1) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT, "--children must be at least 1, not " + children);
    }
    if (!(eventsPerYear > 0) || eventsPerYear > 1000) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT,
          "--events-per-year must be more than 0 and at most 1000");
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT, out + " exists and is not a folder");
    }
    if (!force && Files.isDirectory(out) && !isEmpty(out)) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT,
          out + " is not empty; choose another folder or add --force to replace its bundle");
    }
    ImportProgress bar = ProgressBar.forTerminal("Generating", "children");
    NetworkGenerator.Summary s =
        new NetworkGenerator(children, seed, eventsPerYear).generate(out, bar::advanced);
    PrintWriter w = spec.commandLine().getOut();
    w.println(describe(s, out));
    w.flush();
    return Sgnet.OK;
  }

  static String describe(NetworkGenerator.Summary s, Path out) {
    return String.format(
        Locale.ROOT,
        "Wrote %s (%.1f s)%n"
            + "  agencies.csv       %,12d rows%n"
            + "  people.csv         %,12d rows%n"
            + "  relationships.csv  %,12d rows%n"
            + "  events.csv         %,12d rows",
        out,
        s.millis() / 1000.0,
        s.agencies(),
        s.people(),
        s.relationships(),
        s.events());
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }
}
