package org.sgnet.cli;

import java.io.PrintWriter;
import org.sgnet.SgnetException;
import org.sgnet.bundle.BundleError;
import org.sgnet.bundle.BundleInvalidException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sgnet} command and its entry point. */
@Command(
    name = "sgnet",
    mixinStandardHelpOptions = true,
    versionProvider = Sgnet.Version.class,
    description = {
      "Safeguarding network analyzer: the people and agencies around children at risk as a"
          + " graph, and the patterns multi-agency reviews find in it.",
      ""
    },
    subcommands = {
      ImportCommand.class,
      ConvertCommand.class,
      IdentitiesCommand.class,
      AnalyseCommand.class,
      TrendCommand.class,
      FindingsCommand.class,
      RunsCommand.class,
      ReportCommand.class,
      BenchRulesCommand.class,
      BenchLoadCommand.class,
      ServeCommand.class,
      DemoCommand.class,
      ExportCommand.class,
      BackupCommand.class,
      RestoreCommand.class,
      GenerateCommand.class,
      ShowCommand.class,
      StoreCommand.class,
      UserCommand.class,
      AuditCommand.class,
      WebhooksCommand.class,
      ClassDataTraining.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Examples:",
      "  sgnet demo                       serve the Child J demo on 127.0.0.1:8080",
      "  sgnet import case.zip            import a case bundle into the default store",
      "  sgnet analyse --explain          the rule catalogue's findings, with evidence",
      "  sgnet report --out brief.pdf     a pseudonymised board briefing of them",
      "  sgnet serve --db ./data          serve a store kept in ./data",
      "  sgnet export --format graphml --out network.graphml",
      "  sgnet generate --children 1000 --out ./synthetic",
      "  sgnet backup --out backup.zip     a consistent backup, while the server runs",
      "",
      "Exit codes: 0 success, 1 failure, 2 invalid input (bundle, options, unknown id)."
    })
public final class Sgnet extends GroupCommand {

  /** Exit code of a successful run. */
  public static final int OK = 0;

  /** Exit code of a failure that is not the user's input. */
  public static final int FAILURE = 1;

  /** Exit code of invalid input: a bad bundle, option or id. */
  public static final int INVALID_INPUT = 2;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    int code = FAILURE;
    try {
      code = execute(args);
    } catch (Throwable e) {
      // An Error passes picocli's handler. The command's store is closed on the way out (its
      // context is), but a thread that failed to stop must not keep the JVM alive: exit below.
      System.err.println("sgnet: unexpected failure: " + e);
    } finally {
      System.exit(code);
    }
  }

  /** Runs the command line and returns its exit code, without exiting. */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new Sgnet());
    cli.setExecutionExceptionHandler(Sgnet::handle);
    return cli.execute(args);
  }

  static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
    PrintWriter err = cli.getErr();
    if (e instanceof BundleInvalidException invalid) {
      for (BundleError error : invalid.errors()) {
        err.println(error);
      }
      err.println("sgnet: the bundle was not imported: " + invalid.getMessage());
      err.flush();
      return INVALID_INPUT;
    }
    if (e instanceof org.sgnet.sources.SourceInvalidException invalid) {
      for (org.sgnet.sources.SourceError error : invalid.errors()) {
        err.println(error);
      }
      err.println("sgnet: " + invalid.getMessage());
      err.flush();
      return INVALID_INPUT;
    }
    SgnetException domain = domainCause(e);
    if (domain != null) {
      SgnetException s = domain;
      err.println("sgnet: " + s.getMessage());
      err.flush();
      // An id or path that names nothing is the user's input too: a typo, not a failure.
      return s.kind() == SgnetException.Kind.INVALID_INPUT
              || s.kind() == SgnetException.Kind.NOT_FOUND
          ? INVALID_INPUT
          : FAILURE;
    }
    err.println("sgnet: unexpected failure: " + e);
    err.flush();
    return FAILURE;
  }

  /**
   * The domain failure behind an exception, if any: a store that cannot be opened fails while
   * Micronaut creates its bean, which wraps it; the user is told the reason, not the wrapping.
   */
  private static SgnetException domainCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SgnetException s) {
        return s;
      }
    }
    return null;
  }

  /** Prints the version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws java.io.IOException {
      var manifests = Sgnet.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
      while (manifests.hasMoreElements()) {
        try (java.io.InputStream in = manifests.nextElement().openStream()) {
          java.util.jar.Attributes a = new java.util.jar.Manifest(in).getMainAttributes();
          if ("sgnet".equals(a.getValue("Implementation-Title"))) {
            return new String[] {
              "sgnet "
                  + a.getValue("Implementation-Version")
                  + " (built "
                  + a.getValue("Build-Time")
                  + ")"
            };
          }
        }
      }
      // Run from the classes folder (an IDE, the unit tests): no jar, no manifest.
      return new String[] {"sgnet development build"};
    }
  }
}
