package org.sgnet.query;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sgnet.SgnetException;

/** The types a named query's parameter can take, with their header and request syntax. */
enum ParamType {
  STRING("string"),
  INTEGER("integer"),
  DATE("date"),
  BOOLEAN("boolean"),
  STRING_LIST("string-list");

  private static final Pattern RELATIVE_DATE = Pattern.compile("today(?:([+-])(\\d{1,5}))?");
  private static final Pattern INTEGER_TEXT = Pattern.compile("[+-]?\\d{1,18}");

  private final String keyword;

  ParamType(String keyword) {
    this.keyword = keyword;
  }

  /** Returns the type's name in headers and listings, e.g. {@code string-list}. */
  String keyword() {
    return keyword;
  }

  /** Returns the type a header names, if any. */
  static Optional<ParamType> of(String keyword) {
    return Arrays.stream(values()).filter(t -> t.keyword.equals(keyword)).findFirst();
  }

  /**
   * Returns the value of a header default ({@code -} and {@code null} are handled by the caller).
   *
   * @param today the date {@code today} stands for
   * @throws IllegalArgumentException saying why the default does not fit the type
   */
  Object parseDefault(String text, LocalDate today) {
    switch (this) {
      case STRING:
        return text;
      case INTEGER:
        if (!INTEGER_TEXT.matcher(text).matches()) {
          throw new IllegalArgumentException("'" + text + "' is not an integer");
        }
        return Long.parseLong(text);
      case DATE:
        Matcher relative = RELATIVE_DATE.matcher(text);
        if (relative.matches()) {
          long days = relative.group(2) == null ? 0 : Long.parseLong(relative.group(2));
          return "-".equals(relative.group(1)) ? today.minusDays(days) : today.plusDays(days);
        }
        try {
          return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException(
              "'" + text + "' is not a date (YYYY-MM-DD, today, today-N or today+N)");
        }
      case BOOLEAN:
        if (!text.equals("true") && !text.equals("false")) {
          throw new IllegalArgumentException("'" + text + "' is not true or false");
        }
        return Boolean.valueOf(text);
      case STRING_LIST:
        if (text.equals("[]")) {
          return List.of();
        }
        return List.of(text.split(","));
      default:
        throw new IllegalStateException(name());
    }
  }

  /**
   * Converts a request value (as JSON gives it, or as text) to the value the query receives.
   *
   * @throws SgnetException of kind {@code INVALID_INPUT} naming the parameter when the value does
   *     not fit the type
   */
  Object convert(String param, Object value) {
    switch (this) {
      case STRING:
        if (value instanceof String s) {
          return s;
        }
        throw mistyped(param, "a string");
      case INTEGER:
        return integer(param, value);
      case DATE:
        if (value instanceof LocalDate d) {
          return d;
        }
        if (value instanceof String s) {
          try {
            return LocalDate.parse(s.strip());
          } catch (DateTimeParseException e) {
            throw mistyped(param, "a date (YYYY-MM-DD)");
          }
        }
        throw mistyped(param, "a date (YYYY-MM-DD)");
      case BOOLEAN:
        if (value instanceof Boolean b) {
          return b;
        }
        if (value instanceof String s
            && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
          return Boolean.valueOf(s.toLowerCase(Locale.ROOT));
        }
        throw mistyped(param, "true or false");
      case STRING_LIST:
        if (value instanceof Collection<?> items) {
          List<String> list = new ArrayList<>(items.size());
          for (Object item : items) {
            if (!(item instanceof String s)) {
              throw mistyped(param, "a list of strings");
            }
            list.add(s);
          }
          return List.copyOf(list);
        }
        throw mistyped(param, "a list of strings");
      default:
        throw new IllegalStateException(name());
    }
  }

  private static Long integer(String param, Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return ((Number) value).longValue();
    }
    if (value instanceof BigInteger b && b.bitLength() < 64) {
      return b.longValue();
    }
    if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
      try {
        BigDecimal d = new BigDecimal(value.toString());
        if (d.stripTrailingZeros().scale() <= 0
            && d.abs().compareTo(BigDecimal.valueOf(1e18)) < 0) {
          return d.longValueExact();
        }
      } catch (NumberFormatException e) {
        // NaN and infinities are not integers either.
        throw mistyped(param, "an integer");
      }
    }
    if (value instanceof String s && INTEGER_TEXT.matcher(s.strip()).matches()) {
      return Long.parseLong(s.strip());
    }
    throw mistyped(param, "an integer");
  }

  private static SgnetException mistyped(String param, String expected) {
    return new SgnetException(
        SgnetException.Kind.INVALID_INPUT, "parameter " + param + " must be " + expected);
  }
}
