package org.sgnet.sources;

import java.util.Locale;
import org.sgnet.bundle.PersonKind;

/**
 * The display name of a person whom no source names (statutory returns name nobody): their kind and
 * id, such as {@code Child 903-566910}. A stored name equal to it is known to be no real name, so
 * that a later source that names the person replaces it.
 */
final class Placeholders {

  private Placeholders() {}

  static String name(PersonKind kind, String id) {
    String k = kind.name();
    return k.charAt(0) + k.substring(1).toLowerCase(Locale.ROOT) + " " + id;
  }

  static boolean isPlaceholder(String name, PersonKind kind, String id) {
    return name == null || name.equals(name(kind, id));
  }
}
