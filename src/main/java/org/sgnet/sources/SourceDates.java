package org.sgnet.sources;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as sources write them: ISO ({@code 2017-08-30}, also with a time after it), the UK style of
 * the statutory returns ({@code 30/08/2017}, one-digit day and month allowed), and a spreadsheet's
 * day number (days since 1899-12-30, as Excel and LibreOffice count) where a cell held a number.
 */
public final class SourceDates {

  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?Z?)?");
  private static final Pattern UK =
      Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})(?: \\d{1,2}:\\d{2}(?::\\d{2})?)?");
  private static final Pattern SERIAL = Pattern.compile("\\d{4,6}(?:\\.0+)?");
  private static final LocalDate SERIAL_ZERO = LocalDate.of(1899, 12, 30);

  /** What {@link #parse} accepts, for error messages. */
  public static final String STYLES = "a date (dd/mm/yyyy or yyyy-mm-dd)";

  private SourceDates() {}

  /**
   * Returns the date the text writes, or {@code null} when it is no date in a known style (or no
   * real day, such as 31/02/2017).
   */
  public static LocalDate parse(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    try {
      Matcher m = ISO.matcher(t);
      if (m.matches()) {
        return LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
      }
      m = UK.matcher(t);
      if (m.matches()) {
        return LocalDate.of(num(m, 3), num(m, 2), num(m, 1));
      }
      if (SERIAL.matcher(t).matches()) {
        return fromSerial((long) Double.parseDouble(t));
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }

  /** Returns the date of a spreadsheet day number (1 is 1899-12-31), or null out of 1900–2199. */
  public static LocalDate fromSerial(long days) {
    LocalDate date = SERIAL_ZERO.plusDays(days);
    return date.getYear() < 1900 || date.getYear() > 2199 ? null : date;
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
