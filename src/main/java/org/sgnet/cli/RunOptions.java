package org.sgnet.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.sgnet.SgnetException;
import org.sgnet.rules.Engine;
import org.sgnet.rules.RuleOptions;
import picocli.CommandLine.Option;

/** The options that say which run of the catalogue a command shows: D, W and one child. */
final class RunOptions {

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The as-of date D.")
  String asOf;

  @Option(names = "--window", paramLabel = "DAYS", description = "The window W (default 90).")
  Integer window;

  @Option(
      names = "--child",
      paramLabel = "ID",
      description = "Only findings about this child (default: every child).")
  String child;

  /**
   * Sets these options on a run's options.
   *
   * @throws SgnetException of kind INVALID_INPUT for a date that is not one
   */
  RuleOptions.Builder applyTo(RuleOptions.Builder b) {
    if (asOf != null) {
      b.asOf(date("--as-of", asOf));
    }
    if (window != null) {
      b.windowDays(window);
    }
    return b.childId(child);
  }

  /**
   * Parses the engine {@code --engine} asks for; {@code null}, to let the defaults choose, when the
   * option is absent.
   */
  static Engine engine(String text) {
    return text == null ? null : Engine.parse(text);
  }

  /**
   * Parses the date an option gives; {@code null} when the option is absent.
   *
   * @throws SgnetException of kind INVALID_INPUT naming the option, for a date that is not one
   */
  static LocalDate date(String option, String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT,
          option + ": '" + text + "' is not a date (YYYY-MM-DD)");
    }
  }
}
