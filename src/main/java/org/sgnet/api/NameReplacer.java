package org.sgnet.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Replaces the names of people in a text by their codes in one pass over the text. A coded answer
 * holds every text of, say, the whole catalogue (tens of thousands of findings) and the names of
 * everyone in it (tens of thousands at an authority): trying each name on each text took hours at
 * 30,000 children. Here, at each position whose first characters begin some name, only the lengths
 * such names have are looked up, each in a hash map: names that share their beginning ("Child 1" to
 * "Child 30000") cost a handful of look-ups, not one comparison each. Where several names begin at
 * one position the longest wins, so that "Child JK" is not coded as "Child J" followed by a K.
 *
 * <p>Ids (of events, in messages) are replaced only as whole words: {@code e1} must not be found
 * inside {@code e10} or {@code re1}, and an id of one digit not inside a date.
 */
final class NameReplacer {

  /** How many leading characters index a name; shorter names are tried at every position. */
  private static final int KEY = 3;

  private final Map<String, String> codes = new HashMap<>();
  private final Map<String, int[]> lengthsByKey = new HashMap<>();
  private final List<String> shortNames = new ArrayList<>();
  private final boolean[] firstChars = new boolean[Character.MAX_VALUE + 1];
  private final boolean wholeWords;

  /** Indexes the names (keys) and their codes (values); blank names are ignored. */
  NameReplacer(Map<String, String> codesByName) {
    this(codesByName, false);
  }

  /**
   * Indexes the names or ids (keys) and their codes (values); blank ones are ignored.
   *
   * @param wholeWords whether a key is replaced only where no letter, digit, {@code -} or {@code _}
   *     stands next to it: for ids
   */
  NameReplacer(Map<String, String> codesByName, boolean wholeWords) {
    this.wholeWords = wholeWords;
    Map<String, TreeSet<Integer>> lengths = new HashMap<>();
    codesByName.forEach(
        (name, code) -> {
          if (name.isBlank()) {
            return;
          }
          codes.put(name, code);
          firstChars[name.charAt(0)] = true;
          if (name.length() < KEY) {
            shortNames.add(name);
          } else {
            lengths
                .computeIfAbsent(
                    name.substring(0, KEY), k -> new TreeSet<>(Comparator.reverseOrder()))
                .add(name.length());
          }
        });
    lengths.forEach(
        (key, set) -> lengthsByKey.put(key, set.stream().mapToInt(Integer::intValue).toArray()));
    shortNames.sort(Comparator.comparing(String::length).reversed());
  }

  /** The text with every name in it replaced by its code. */
  String replace(String text) {
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    while (i < text.length()) {
      String name = firstChars[text.charAt(i)] ? nameAt(text, i) : null;
      if (name == null) {
        i++;
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, i).append(codes.get(name));
      i += name.length();
      copied = i;
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /** The longest name that begins at {@code i}, or null. */
  private String nameAt(String text, int i) {
    if (i + KEY <= text.length()) {
      int[] lengths = lengthsByKey.get(text.substring(i, i + KEY));
      if (lengths != null) {
        for (int length : lengths) {
          if (i + length <= text.length()) {
            String candidate = text.substring(i, i + length);
            if (codes.containsKey(candidate) && standsAlone(text, i, length)) {
              return candidate;
            }
          }
        }
      }
    }
    for (String name : shortNames) {
      if (text.startsWith(name, i) && standsAlone(text, i, name.length())) {
        return name;
      }
    }
    return null;
  }

  private boolean standsAlone(String text, int i, int length) {
    return !wholeWords
        || ((i == 0 || !inWord(text.charAt(i - 1)))
            && (i + length == text.length() || !inWord(text.charAt(i + length))));
  }

  private static boolean inWord(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '_';
  }
}
