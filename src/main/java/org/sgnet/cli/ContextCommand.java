package org.sgnet.cli;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;

/**
 * A command that works in a context opened on the store options and prints to the command line's
 * output. The options, the context's lifetime and the flush are the same for every such command, so
 * they are here once; each command says only what it checks first and what it does.
 */
abstract class ContextCommand implements Callable<Integer> {

  @Mixin StoreOptions store;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public final Integer call() throws IOException {
    check();
    try (ApplicationContext context = open(store.properties())) {
      PrintWriter out = spec.commandLine().getOut();
      work(context, out);
      out.flush();
    }
    return Sgnet.OK;
  }

  /**
   * Checks the options before the context opens, which takes seconds, so that a mistyped option
   * answers at once. Nothing to check by default.
   */
  void check() {}

  /** Opens the context: with the store, unless the command works without it. */
  ApplicationContext open(Map<String, Object> properties) {
    return Contexts.start(properties);
  }

  /**
   * Does the command's work in the open context, printing to {@code out}. An I/O failure is left to
   * the command line's handler, which reports it as a failure (exit code 1).
   */
  abstract void work(ApplicationContext context, PrintWriter out) throws IOException;

  /** Who makes a change: the name given with {@code --by}, else the operating-system user. */
  static String who(String given) {
    return given != null ? given : System.getProperty("user.name");
  }
}
