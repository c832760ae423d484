package org.sgnet.bundle;

import static org.sgnet.bundle.Columns.Relationships.END_DATE;
import static org.sgnet.bundle.Columns.Relationships.FROM_ID;
import static org.sgnet.bundle.Columns.Relationships.LEAD;
import static org.sgnet.bundle.Columns.Relationships.LEGAL_BASIS;
import static org.sgnet.bundle.Columns.Relationships.PARENTAL_RESPONSIBILITY;
import static org.sgnet.bundle.Columns.Relationships.START_DATE;
import static org.sgnet.bundle.Columns.Relationships.TO_ID;
import static org.sgnet.bundle.Columns.Relationships.TYPE;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sgnet.bundle.Columns.Relationships;

/** Reads the rows of {@code relationships.csv}, checking both ends of every tie. */
final class TieRows {

  private static final Map<TieType, Ends> ENDS = ends();

  private final Table table;
  private final IdIndex<PersonKind> people;

  TieRows(Table table, IdIndex<PersonKind> people) {
    if (table == null || people == null) {
      throw new IllegalArgumentException("tie rows need their table and the people");
    }
    this.table = table;
    this.people = people;
  }

  /** Returns the valid rows in file order; errors go to the table's error list. */
  List<Tie> read() throws IOException {
    List<Tie> rows = new ArrayList<>();
    for (Row row = table.next(); row != null; row = table.next()) {
      if (row.broken()) {
        continue;
      }
      TieType type = row.require(TYPE) ? row.enumOf(TYPE, TieType.class) : null;
      checkEnds(row, type);
      LocalDate start = row.date(START_DATE);
      LocalDate end = row.date(END_DATE);
      if (start != null && end != null && end.isBefore(start)) {
        row.error(END_DATE, "end_date " + end + " is before start_date " + start);
      }
      Boolean parental = parentalResponsibility(row, type);
      LegalBasis legalBasis = legalBasis(row, type);
      Boolean lead = lead(row, type);
      List<String> provenance = row.provenance(Relationships.PROVENANCE);
      if (row.ok()) {
        rows.add(
            new Tie(
                type,
                row.cell(FROM_ID),
                row.cell(TO_ID),
                start,
                end,
                parental,
                legalBasis,
                lead,
                row.extra(),
                provenance));
      }
    }
    return rows;
  }

  private void checkEnds(Row row, TieType type) {
    IdIndex.Entry<PersonKind> from = row.require(FROM_ID) ? row.reference(FROM_ID, people) : null;
    IdIndex.Entry<PersonKind> to = row.require(TO_ID) ? row.reference(TO_ID, people) : null;
    String fromId = row.cell(FROM_ID);
    boolean self = fromId != null && fromId.equals(row.cell(TO_ID));
    if (self) {
      row.error(TO_ID, "a tie cannot join " + Cells.quote(fromId) + " to themself");
    }
    if (type == null) {
      return;
    }
    Ends ends = ENDS.get(type);
    checkKind(row, FROM_ID, from, ends.from(), ends.fromText());
    if (!self) {
      // A self tie is already reported; one of its ends would only repeat it as a wrong kind.
      checkKind(row, TO_ID, to, ends.to(), ends.toText());
    }
  }

  private static void checkKind(
      Row row, Column column, IdIndex.Entry<PersonKind> entry, Set<PersonKind> kinds, String text) {
    if (entry != null && entry.kind() != null && !kinds.contains(entry.kind())) {
      row.error(column, Cells.quote(row.cell(column)) + " is " + entry.kind() + ", but " + text);
    }
  }

  private static Boolean parentalResponsibility(Row row, TieType type) {
    if (type == TieType.PARENT) {
      return row.requireFor(PARENTAL_RESPONSIBILITY, "type PARENT (true or false)")
          ? row.bool(PARENTAL_RESPONSIBILITY)
          : null;
    }
    if (type != null) {
      row.forbidFor(PARENTAL_RESPONSIBILITY, "type " + type + " (only for PARENT)");
      return null;
    }
    return row.bool(PARENTAL_RESPONSIBILITY);
  }

  private static LegalBasis legalBasis(Row row, TieType type) {
    if (type == TieType.PLACED_WITH) {
      return row.requireFor(LEGAL_BASIS, "type PLACED_WITH (" + Row.choices(LegalBasis.class) + ")")
          ? row.enumOf(LEGAL_BASIS, LegalBasis.class)
          : null;
    }
    if (type != null) {
      row.forbidFor(LEGAL_BASIS, "type " + type + " (only for PLACED_WITH)");
      return null;
    }
    return row.enumOf(LEGAL_BASIS, LegalBasis.class);
  }

  private static Boolean lead(Row row, TieType type) {
    if (type == TieType.INVOLVED) {
      Boolean lead = row.bool(LEAD);
      return lead == null ? Boolean.FALSE : lead;
    }
    if (type != null) {
      row.forbidFor(LEAD, "type " + type + " (only for INVOLVED)");
      return null;
    }
    return row.bool(LEAD);
  }

  private static Map<TieType, Ends> ends() {
    Set<PersonKind> child = EnumSet.of(PersonKind.CHILD);
    Map<TieType, Ends> ends = new EnumMap<>(TieType.class);
    ends.put(
        TieType.SIBLING,
        new Ends(
            child,
            "a SIBLING tie joins a CHILD to a CHILD",
            child,
            "a SIBLING tie joins a CHILD to a CHILD"));
    ends.put(
        TieType.PARENT,
        new Ends(
            EnumSet.of(PersonKind.FAMILY),
            "a PARENT tie starts from a FAMILY person",
            child,
            "a PARENT tie goes to a CHILD"));
    ends.put(
        TieType.PLACED_WITH,
        new Ends(
            child,
            "a PLACED_WITH tie starts from a CHILD",
            EnumSet.of(PersonKind.FAMILY, PersonKind.CARER, PersonKind.OTHER),
            "a PLACED_WITH tie goes to a FAMILY, CARER or OTHER person"));
    ends.put(
        TieType.INVOLVED,
        new Ends(
            EnumSet.of(PersonKind.PROFESSIONAL),
            "an INVOLVED tie starts from a PROFESSIONAL",
            child,
            "an INVOLVED tie goes to a CHILD"));
    return Collections.unmodifiableMap(ends);
  }

  /** The kinds of person each end of a type of tie takes, and how to say so. */
  private record Ends(Set<PersonKind> from, String fromText, Set<PersonKind> to, String toText) {}
}
