package org.sgnet.trend;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sgnet.SgnetException;

/**
 * The length of one step of a trend. A step's date is the last day of the step: the day itself, the
 * Sunday that ends its ISO week, the last day of its month or of its calendar quarter. A trend's
 * dates are the ends of every step from the one containing {@code from} to the one containing
 * {@code to}, so that a monthly trend reads as month ends whatever day of the month it starts on.
 */
public enum Step {
  /** One day: each date is its own step. */
  DAY,
  /** An ISO week, Monday to Sunday. */
  WEEK,
  /** A calendar month. */
  MONTH,
  /** A calendar quarter: January to March, April to June, and so on. */
  QUARTER;

  /** Returns the last day of the step that contains this date. */
  public LocalDate end(LocalDate date) {
    return switch (this) {
      case DAY -> date;
      case WEEK -> date.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
      case MONTH -> date.with(TemporalAdjusters.lastDayOfMonth());
      case QUARTER ->
          date.with(IsoFields.DAY_OF_QUARTER, 1)
              .plusMonths(2)
              .with(TemporalAdjusters.lastDayOfMonth());
    };
  }

  /** Returns the end of the step after the one that ends on {@code end}. */
  LocalDate next(LocalDate end) {
    return end(end.plusDays(1));
  }

  /** Returns the end of the step {@code count} steps before the one containing this date. */
  LocalDate back(LocalDate date, int count) {
    LocalDate start = end(date);
    return switch (this) {
      case DAY -> start.minusDays(count);
      case WEEK -> start.minusWeeks(count);
      case MONTH -> end(start.withDayOfMonth(1).minusMonths(count));
      case QUARTER -> end(start.withDayOfMonth(1).minusMonths(3L * count));
    };
  }

  /** The name users type: {@code month}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a step name, ignoring case.
   *
   * @throws SgnetException of kind INVALID_INPUT naming the steps there are
   */
  public static Step parse(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT,
          "step: unknown step '"
              + name
              + "'; use "
              + Arrays.stream(values()).map(Step::label).collect(Collectors.joining(", ")));
    }
  }
}
