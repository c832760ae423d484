package org.sgnet.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A command that only groups subcommands ({@code sgnet user}, {@code sgnet webhooks}, ...): given
 * no subcommand, it prints its usage, which lists them. The empty {@code @Command} only lets the
 * spec be injected here; each subclass's own annotation says everything else.
 */
@Command
abstract class GroupCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public final void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
