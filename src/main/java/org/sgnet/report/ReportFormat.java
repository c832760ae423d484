package org.sgnet.report;

import java.util.Locale;
import org.sgnet.SgnetException;

/** What a report is written as: the HTML document, or the same document as a PDF. */
public enum ReportFormat {
  HTML("text/html; charset=utf-8", ".html"),
  PDF("application/pdf", ".pdf");

  private final String mediaType;
  private final String extension;

  ReportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  /** The media type of the content. */
  public String mediaType() {
    return mediaType;
  }

  /** The file name extension, with its dot. */
  public String extension() {
    return extension;
  }

  /**
   * Parses a format name, ignoring case.
   *
   * @throws SgnetException of kind INVALID_INPUT for anything but html and pdf
   */
  public static ReportFormat parse(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT,
          "unknown report format '" + name + "'; use html or pdf");
    }
  }
}
