package org.sgnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's {@code --help}, as a user reads it on an 80-column terminal. */
class HelpTest {

  @Test
  void shouldRenderEveryCommandsHelpWithoutAWarning() {
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      for (CommandLine command : commands(new CommandLine(new Sgnet()))) {
        assertThat(command.getUsageMessage()).isNotBlank();
      }
    } finally {
      System.setErr(err);
    }
    // picocli warns on standard error when a description is not a valid format string.
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void shouldFitEveryExampleOnOneLineSoThatNoneIsWrappedMidWord() {
    // picocli breaks a footer line that does not fit within the width where it must, in the
    // middle of a URL or an option if need be: the examples (indented lines) have to fit.
    SoftAssertions softly = new SoftAssertions();
    for (CommandLine command : commands(new CommandLine(new Sgnet()))) {
      int width = command.getCommandSpec().usageMessage().width();
      for (String line : command.getCommandSpec().usageMessage().footer()) {
        String shown = String.format(line.replace("%n", "\n"));
        for (String part : shown.split("\n")) {
          if (!part.startsWith("  ")) {
            continue; // prose, which picocli wraps between words
          }
          softly
              .assertThat(part.length())
              .as("'%s' in the help of %s", part, command.getCommandName())
              .isLessThan(width);
        }
      }
    }
    softly.assertAll();
  }

  private static List<CommandLine> commands(CommandLine root) {
    List<CommandLine> all = new ArrayList<>();
    all.add(root);
    for (CommandLine sub : root.getSubcommands().values()) {
      if (!all.contains(sub)) {
        all.addAll(commands(sub));
      }
    }
    return all;
  }
}
