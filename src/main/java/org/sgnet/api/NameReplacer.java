package org.sgnet.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces the names of people in a text by their codes in one pass over the text. A coded answer
 * holds every text of, say, the whole catalogue (tens of thousands of findings) and the names of
 * everyone in it (tens of thousands at an authority): trying each name on each text took hours at
 * 30,000 children, so the names are indexed by their first characters and only those that begin
 * with the text at a position are tried there. Where several names begin at one position the
 * longest wins, so that "Child JK" is not coded as "Child J" followed by a K.
 */
final class NameReplacer {

  /** How many leading characters index a name; shorter names are tried at every position. */
  private static final int KEY = 3;

  private final Map<String, List<Map.Entry<String, String>>> byKey = new HashMap<>();
  private final List<Map.Entry<String, String>> shortNames = new ArrayList<>();
  private final boolean[] firstChars = new boolean[Character.MAX_VALUE + 1];

  /** Indexes the names (keys) and their codes (values); blank names are ignored. */
  NameReplacer(Map<String, String> codesByName) {
    List<Map.Entry<String, String>> names =
        codesByName.entrySet().stream()
            .filter(e -> !e.getKey().isBlank())
            .sorted(
                Comparator.comparing((Map.Entry<String, String> e) -> -e.getKey().length())
                    .thenComparing(Map.Entry::getKey))
            .toList();
    for (Map.Entry<String, String> name : names) {
      String text = name.getKey();
      firstChars[text.charAt(0)] = true;
      if (text.length() < KEY) {
        shortNames.add(name);
      } else {
        byKey.computeIfAbsent(text.substring(0, KEY), k -> new ArrayList<>()).add(name);
      }
    }
  }

  /** The text with every name in it replaced by its code. */
  String replace(String text) {
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    while (i < text.length()) {
      Map.Entry<String, String> name = firstChars[text.charAt(i)] ? nameAt(text, i) : null;
      if (name == null) {
        i++;
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, i).append(name.getValue());
      i += name.getKey().length();
      copied = i;
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /** The longest name that begins at {@code i}, or null. */
  private Map.Entry<String, String> nameAt(String text, int i) {
    if (i + KEY <= text.length()) {
      for (Map.Entry<String, String> name :
          byKey.getOrDefault(text.substring(i, i + KEY), List.of())) {
        if (text.startsWith(name.getKey(), i)) {
          return name;
        }
      }
    }
    for (Map.Entry<String, String> name : shortNames) {
      if (text.startsWith(name.getKey(), i)) {
        return name;
      }
    }
    return null;
  }
}
