package org.sgnet.report;

import java.util.Locale;

/** Constants of the data (event types, rule names, risk categories) as words for a reader. */
final class Words {

  private Words() {}

  /** {@code INFORMATION_SHARED} as "Information shared". */
  static String sentence(String constant) {
    if (constant == null || constant.isEmpty()) {
      return "";
    }
    String words = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /**
   * {@code SUBSTANCE_MISUSE} as "substance misuse", for the middle of a sentence; short acronyms
   * such as {@code CSE} stay as they are.
   */
  static String lower(String constant) {
    if (constant == null || constant.length() <= 3) {
      return constant == null ? "" : constant;
    }
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
