package org.sgnet.export;

import java.util.Locale;
import org.sgnet.SgnetException;

/** The export formats. */
public enum ExportFormat {
  /** GraphML, one vertex per agency, person and event. */
  GRAPHML,
  /** One JSON document with every node and relationship. */
  JSON,
  /** A case bundle (the import format), as a folder or a {@code .zip}. */
  CSV;

  /** Parses a format name in any case. */
  public static ExportFormat parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT,
          "unknown export format '" + text + "': expected graphml, json or csv");
    }
  }
}
