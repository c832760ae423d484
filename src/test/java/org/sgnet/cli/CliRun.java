package org.sgnet.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * A run of sgnet's command line inside the test's JVM, handled as {@code main} handles it but
 * without exiting: the exit code and what the command printed.
 */
record CliRun(int code, String out, String err) {

  /** Runs the command line with these arguments. */
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new Sgnet());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    cli.setExecutionExceptionHandler(Sgnet::handle);
    int code = cli.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
