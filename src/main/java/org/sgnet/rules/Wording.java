package org.sgnet.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What a finding says: one sentence naming what was found, and one saying what a practitioner can
 * do about it. Both are sgnet's own words, written by the finding's rule.
 *
 * @param message what was found, with names
 * @param recommendation what to do about it
 */
public record Wording(String message, String recommendation) {

  /** Joins names as "A", "A and B", "A, B and C"; no name at all reads "nobody". */
  public static String join(List<String> ids, Function<String, String> name) {
    List<String> n = new ArrayList<>();
    for (String id : ids) {
      n.add(name.apply(id));
    }
    if (n.isEmpty()) {
      return "nobody";
    }
    if (n.size() == 1) {
      return n.get(0);
    }
    return String.join(", ", n.subList(0, n.size() - 1)) + " and " + n.get(n.size() - 1);
  }

  /**
   * Counts things in words: "1 agency", "3 agencies". Thresholds are options, so a count the
   * defaults keep above one may be one.
   */
  public static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /**
   * Returns a clause that names some items, or nothing when there are none: a sentence's optional
   * part. The format takes the joined names ({@link #join}) first, then the further arguments.
   */
  public static String clause(
      String format, List<String> ids, Function<String, String> name, Object... more) {
    if (ids.isEmpty()) {
      return "";
    }
    Object[] args = new Object[more.length + 1];
    args[0] = join(ids, name);
    System.arraycopy(more, 0, args, 1, more.length);
    return String.format(format, args);
  }
}
