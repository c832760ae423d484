package org.sgnet.sources;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.codec.digest.DigestUtils;

/** Making bundle ids from a source's own ids and names, the same each time the source is read. */
public final class SourceIds {

  private static final Pattern PART = Pattern.compile("[A-Za-z0-9._-]{1,48}");

  private SourceIds() {}

  /**
   * Returns {@code prefix-part-part…}, or {@code null} when a part is not 1 to 48 letters, digits
   * and {@code . _ -}, or the whole is longer than a bundle id may be (64).
   */
  public static String id(String prefix, String... parts) {
    StringBuilder id = new StringBuilder(prefix);
    for (String part : parts) {
      if (part == null || !PART.matcher(part).matches()) {
        return null;
      }
      id.append('-').append(part);
    }
    return id.length() <= 64 ? id.toString() : null;
  }

  /**
   * Returns an id for a thing a source knows only by its name (a school, a worker named in an
   * extract): {@code prefix-slug-hash}, the slug a readable part of the name and the hash telling
   * apart names with the same slug. Names that differ only in case, accents or spacing give the
   * same id.
   */
  public static String named(String prefix, String name) {
    String folded = normalise(name);
    String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    if (slug.length() > 24) {
      slug = slug.substring(0, 24).replaceAll("-$", "");
    }
    String hash = DigestUtils.sha256Hex(folded).substring(0, 8);
    return slug.isEmpty() ? prefix + "-" + hash : prefix + "-" + slug + "-" + hash;
  }

  /**
   * Returns the name folded for comparison: accents removed, lower case, punctuation as spaces,
   * runs of spaces as one, trimmed.
   */
  public static String normalise(String name) {
    String decomposed = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD);
    return decomposed
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .trim();
  }
}
