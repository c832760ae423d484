package org.sgnet.sources;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The strong identifiers a source gives people, read from a field: a UPN, an NHS number, a Social
 * Work England number. Records sharing one are taken for one person, so a value that is not one (a
 * typo, a placeholder such as {@code N/A}) is refused rather than kept: kept, it would join every
 * child that carries it. The DfE's "UPN unknown" codes ({@code UN1} to {@code UN10}) say that there
 * is none, and give none.
 */
public final class Identifiers {

  /** A UPN: a letter, 11 digits, then a digit or (a temporary UPN) a letter. */
  private static final Pattern UPN = Pattern.compile("[A-Z][0-9]{11}[0-9A-Z]");

  private static final Pattern UPN_UNKNOWN = Pattern.compile("UN[0-9]{1,2}");

  private static final Pattern SWE = Pattern.compile("[A-Z]{2}[0-9]{1,10}");

  private Identifiers() {}

  /**
   * Returns the field's UPN in upper case without spaces; {@code null} when the field is empty or
   * holds an "unknown" code ({@code UN1}…), and when it holds anything else, which is refused.
   */
  public static String upn(Fields f, String field) {
    String v = f.text(field);
    if (v == null) {
      return null;
    }
    v = v.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    if (UPN_UNKNOWN.matcher(v).matches()) {
      return null;
    }
    if (!UPN.matcher(v).matches()) {
      f.refuse(field, "is not a UPN (a letter, 11 digits, then a digit or letter)");
      return null;
    }
    return v;
  }

  /**
   * Returns the field's NHS number without spaces or dashes; {@code null} when the field is empty,
   * and when it holds anything but 10 digits with a valid check digit, which is refused.
   */
  public static String nhs(Fields f, String field) {
    String v = f.text(field);
    if (v == null) {
      return null;
    }
    v = v.replaceAll("[\\s-]", "");
    if (!isNhsNumber(v)) {
      f.refuse(field, "is not an NHS number (10 digits with a valid check digit)");
      return null;
    }
    return v;
  }

  /**
   * Returns the field's Social Work England number in upper case without spaces; {@code null} when
   * the field is empty, and when it holds anything but two letters and up to 10 digits, which is
   * refused.
   */
  public static String swe(Fields f, String field) {
    String v = f.text(field);
    if (v == null) {
      return null;
    }
    v = v.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    if (!SWE.matcher(v).matches()) {
      f.refuse(field, "is not a Social Work England number (two letters and up to 10 digits)");
      return null;
    }
    return v;
  }

  /**
   * Returns whether the text is an NHS number: 10 digits whose last is the modulus 11 check of the
   * first nine (weights 10 to 2; a check of 10 is never issued). O(1).
   */
  public static boolean isNhsNumber(String v) {
    if (!v.matches("[0-9]{10}")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (v.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - sum % 11;
    check = check == 11 ? 0 : check;
    return check != 10 && check == v.charAt(9) - '0';
  }
}
