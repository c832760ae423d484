package org.sgnet.generate;

import java.io.IOException;
import java.util.Objects;
import org.sgnet.bundle.LegalBasis;
import org.sgnet.bundle.TieType;

/**
 * A row of relationships.csv.
 *
 * @param type the kind of tie
 * @param from the id the tie runs from (the parent, the placed child, the professional)
 * @param to the id the tie runs to
 * @param start the epoch day the tie began, or {@link Days#NONE}: held since before the data
 * @param end the epoch day the tie ended, or {@link Days#OPEN}: it still holds
 * @param parentalResponsibility for a PARENT tie, whether the parent holds it; otherwise null
 * @param basis for a PLACED_WITH tie, the legal basis; otherwise null
 * @param lead for an INVOLVED tie, whether the professional leads, or null when not recorded
 */
record TieRow(
    TieType type,
    String from,
    String to,
    int start,
    int end,
    Boolean parentalResponsibility,
    LegalBasis basis,
    Boolean lead)
    implements Row {

  TieRow {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (start != Days.NONE && end != Days.OPEN && end < start) {
      throw new IllegalArgumentException("tie ends before it starts: " + from + " to " + to);
    }
  }

  /** A SIBLING tie, held throughout. */
  static TieRow sibling(String from, String to) {
    return new TieRow(TieType.SIBLING, from, to, Days.NONE, Days.OPEN, null, null, null);
  }

  /** A PARENT tie from {@code start} on. */
  static TieRow parent(String parent, String child, int start, boolean responsibility) {
    return new TieRow(TieType.PARENT, parent, child, start, Days.OPEN, responsibility, null, null);
  }

  /** A PLACED_WITH tie. */
  static TieRow placed(String child, String with, int start, int end, LegalBasis basis) {
    return new TieRow(TieType.PLACED_WITH, child, with, start, end, null, basis, null);
  }

  /** An INVOLVED tie. */
  static TieRow involved(String professional, String child, int start, int end, Boolean lead) {
    return new TieRow(TieType.INVOLVED, professional, child, start, end, null, null, lead);
  }

  @Override
  public void writeTo(CsvRows<?> out) throws IOException {
    out.plain(type.name())
        .cell(from)
        .cell(to)
        .date(start)
        .date(end)
        .plain(parentalResponsibility == null ? null : parentalResponsibility.toString())
        .plain(basis == null ? null : basis.name())
        .plain(lead == null ? null : lead.toString());
  }
}
