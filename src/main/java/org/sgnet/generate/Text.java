package org.sgnet.generate;

import java.time.LocalDate;

/**
 * The generator's vocabulary: neutral stock phrases, ethnicities and decisions, and a cache of
 * formatted dates (a national run writes tens of millions of dates over a few thousand days).
 */
final class Text {

  static final String[] ETHNICITIES = {
    "White British",
    "White Irish",
    "Any other White background",
    "Gypsy or Irish Traveller",
    "Mixed White and Black Caribbean",
    "Mixed White and Black African",
    "Mixed White and Asian",
    "Asian Indian",
    "Asian Pakistani",
    "Asian Bangladeshi",
    "Chinese",
    "Black African",
    "Black Caribbean",
    "Arab"
  };

  static final String[] VISITS = {
    "Routine visit.",
    "Home visit.",
    "Visit at school, child spoke with worker.",
    "Visit at placement.",
    "Unannounced visit.",
    "Statutory visit."
  };
  static final String[] CONTACTS = {
    "Family time.", "Supervised contact.", "Telephone contact.", "Contact at a family centre."
  };
  static final String[] REQUESTS = {
    "Child asked to see a family member.",
    "Child asked for more contact.",
    "Child asked to spend time together.",
    "Child asked about a birthday visit."
  };
  static final String[] SHARED = {
    "Information shared by email.",
    "Update shared by telephone.",
    "Referral information passed on.",
    "Attendance information shared.",
    "Notice marked \"routine\" sent."
  };
  static final String[] MEETINGS = {
    "Meeting held.", "Plan reviewed.", "Actions agreed.", "Meeting held, plan updated."
  };
  static final String[] ASSESSMENTS = {
    "Assessment completed.",
    "Child and family assessment completed.",
    "Health assessment completed.",
    "Needs assessment completed."
  };
  static final String[] RISKS = {"Concern noted.", "Incident recorded.", "Risk identified."};
  static final String[] ETHNICITY_NOTES = {
    "Recorded at registration.", "Recorded at referral.", "Recorded from records held."
  };
  static final String[] CHANGES = {
    "House move.",
    "Change of school.",
    "New adult joined the household.",
    "Adult left the household.",
    "Change of placement.",
    "Parent started work.",
    "Family moved to temporary accommodation."
  };
  static final String[] DECISIONS = {
    "Continue the current plan.",
    "Step down to early help.",
    "Convene a strategy discussion.",
    "Placement to continue.",
    "Sibling arrangements to continue.",
    "Increase visits to fortnightly.",
    "Close the case."
  };

  private static final int FIRST = (int) LocalDate.of(1900, 1, 1).toEpochDay();
  private final String[] dates;

  Text(LocalDate last) {
    dates = new String[(int) last.toEpochDay() - FIRST + 1];
  }

  /** Returns the ISO date of an epoch day, formatting each day once. */
  String date(int epochDay) {
    int i = epochDay - FIRST;
    if (i < 0 || i >= dates.length) {
      return LocalDate.ofEpochDay(epochDay).toString();
    }
    String d = dates[i];
    if (d == null) {
      d = LocalDate.ofEpochDay(epochDay).toString();
      dates[i] = d;
    }
    return d;
  }

  /**
   * Returns the value written differently: upper or lower case, or with a doubled inner space, the
   * way the same ethnicity comes back from different systems. Rules must treat these as one value.
   */
  static String variant(String value, Dice dice) {
    return switch (dice.below(3)) {
      case 0 -> value.toUpperCase(java.util.Locale.ROOT);
      case 1 -> value.toLowerCase(java.util.Locale.ROOT);
      default -> value.replaceFirst(" ", "  ");
    };
  }
}
