package org.sgnet.bundle;

import java.util.regex.Pattern;

/**
 * The two optional list columns that a bundle made from other sources carries (an extension of
 * version 1 that a version 1 bundle need not use): where each row came from, and a person's
 * identifiers in those sources.
 *
 * <p>A <b>locator</b> names a source record as {@code format:file:where}, {@code where} being a
 * line number ({@code ssda903:episodes.csv:14}) or an XML path ({@code
 * cin:census.xml:/Message/Children/Child[3]}); a row built from several records lists each, {@code
 * ;}-separated. An <b>identifier</b> is {@code scheme:value}, such as {@code upn:A123456789012} or
 * {@code la-child:201:566910}; persons sharing a strong identifier are one person (see the {@code
 * sources} package).
 */
public final class Provenance {

  private static final Pattern IDENTIFIER = Pattern.compile("[a-z0-9][a-z0-9-]*:[^;\\s][^;]*");

  private Provenance() {}

  /** Returns whether the text is an identifier: {@code scheme:value}, without {@code ;}. */
  public static boolean isIdentifier(String text) {
    return text != null && IDENTIFIER.matcher(text).matches();
  }

  /** Returns the scheme of an identifier, the text before its first colon. */
  public static String scheme(String identifier) {
    int colon = identifier.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("not an identifier (scheme:value)");
    }
    return identifier.substring(0, colon);
  }

  /**
   * Returns the part of a locator that names its file ({@code format:file}), by which a newer
   * record of the same file replaces an older one in a row's provenance.
   */
  public static String fileOf(String locator) {
    int first = locator.indexOf(':');
    int second = first < 0 ? -1 : locator.indexOf(':', first + 1);
    return second < 0 ? locator : locator.substring(0, second);
  }
}
