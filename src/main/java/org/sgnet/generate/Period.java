package org.sgnet.generate;

import java.time.LocalDate;

/**
 * The days a run's chronologies cover, as epoch days.
 *
 * @param dataStart the first day of the data
 * @param end the last day of the data, the same in every run
 * @param windowStart the first day of the rules' default window, which ends on {@code end}
 * @param schoolYearStart the 1 September on or before {@code end}: when class teachers start
 */
record Period(int dataStart, int end, int windowStart, int schoolYearStart) {

  Period {
    if (!(dataStart <= windowStart && windowStart <= end && schoolYearStart <= end)) {
      throw new IllegalArgumentException("days out of order");
    }
  }

  /** The {@code years} up to {@code end}, with a window of {@code windowDays} at their end. */
  static Period of(LocalDate end, int years, int windowDays) {
    LocalDate september = LocalDate.of(end.getYear(), 9, 1);
    return new Period(
        (int) end.minusYears(years).plusDays(1).toEpochDay(),
        (int) end.toEpochDay(),
        (int) end.toEpochDay() - windowDays + 1,
        (int) (september.isAfter(end) ? september.minusYears(1) : september).toEpochDay());
  }
}
