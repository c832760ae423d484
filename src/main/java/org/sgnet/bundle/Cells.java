package org.sgnet.bundle;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * Checks of cell syntax, written as character loops because they run for every cell of files with
 * millions of rows.
 */
final class Cells {

  /** How a valid id looks, for messages. */
  static final String ID_SYNTAX = "(1 to 64 of the letters A-Z a-z, digits and . _ : -)";

  private static final int MAX_ID = 64;
  private static final int MAX_QUOTED = 40;

  private Cells() {}

  /** Returns whether the text is an id: {@code [A-Za-z0-9._:-]{1,64}}. */
  static boolean isId(String text) {
    int length = text.length();
    if (length == 0 || length > MAX_ID) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '_'
              || c == ':'
              || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the date of a strict {@code YYYY-MM-DD} text, or {@code null} when the text has another
   * shape or names no day of the calendar.
   */
  static LocalDate date(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 1 || month > 12 || day < 1) {
      return null;
    }
    if (day > Month.of(month).length(Year.isLeap(year))) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  /** What a date cell may hold to be quoted back: digits and a date's or a time's separators. */
  private static final java.util.regex.Pattern DATE_LIKE =
      java.util.regex.Pattern.compile("[0-9][0-9./:T +-]{0,24}");

  /**
   * What an enumerated or boolean cell may hold to be quoted back: one word in capitals (a code
   * mistyped) or a short one in small letters ({@code yes}). A name is neither: a capital and small
   * letters, or several words.
   */
  private static final java.util.regex.Pattern TOKEN_LIKE =
      java.util.regex.Pattern.compile("[A-Z0-9_]{1,40}|[a-z0-9_]{1,10}");

  /**
   * Quotes a date cell for a message, when it looks like a date written another way or like one
   * word (as {@link #quoteToken} reads it); else returns an empty text. A cell from a shifted
   * column can hold a name or a note, which a message must not repeat.
   */
  static String quoteDate(String value) {
    return DATE_LIKE.matcher(value).matches() || TOKEN_LIKE.matcher(value).matches()
        ? quote(value) + " "
        : "";
  }

  /**
   * Quotes an enumerated or boolean cell for a message, when it looks like a code or a word of
   * small letters; else returns an empty text (see {@link #quoteDate}).
   */
  static String quoteToken(String value) {
    return TOKEN_LIKE.matcher(value).matches() ? quote(value) + " " : "";
  }

  /**
   * Quotes a value for a message. Only ids, dates, booleans and enumerated values may be quoted:
   * free text can hold personal data. Long values are cut and control characters blanked so that a
   * message stays on one short line.
   */
  static String quote(String value) {
    String cut = value.length() > MAX_QUOTED ? value.substring(0, MAX_QUOTED) + "..." : value;
    StringBuilder quoted = new StringBuilder(cut.length() + 2).append('\'');
    for (int i = 0; i < cut.length(); i++) {
      char c = cut.charAt(i);
      quoted.append(Character.isISOControl(c) ? ' ' : c);
    }
    return quoted.append('\'').toString();
  }

  /** Trims the spaces and tabs, and nothing else, at both ends of a text. */
  static String trim(CharSequence text) {
    int start = 0;
    int end = text.length();
    while (start < end && isBlank(text.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(text.charAt(end - 1))) {
      end--;
    }
    return start == end ? "" : text.subSequence(start, end).toString();
  }

  /** Returns whether a character is one the format ignores around a cell: a space or a tab. */
  static boolean isBlank(int c) {
    return c == ' ' || c == '\t';
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
