package org.sgnet.sources.ssda903;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sgnet.SgnetException;
import org.sgnet.sources.SourceCsv;
import org.sgnet.sources.SourceRecords;

/** Reads one CSV table of a 903 return, known by its header columns, into records. */
final class CsvReturnReader {

  private CsvReturnReader() {}

  /**
   * Reads the file's records, counting each in {@code records}.
   *
   * @throws SgnetException of kind {@code INVALID_INPUT} when the header is no 903 table's
   */
  static List<Ssda903Record> read(Path file, SourceRecords records) {
    String name = file.getFileName().toString();
    try (SourceCsv csv = SourceCsv.open(file, Ssda903Adapter.FORMAT)) {
      Ssda903Table table = Ssda903Table.ofHeader(csv::has);
      if (table == null) {
        throw new SgnetException(
            SgnetException.Kind.INVALID_INPUT,
            name
                + ":1: not an SSDA903 CSV file: the header names no column that marks a 903"
                + " table (CHILD with ETHNIC, DECOM, REVIEW_CODE, MIS_START, SW_ID, …)");
      }
      List<String> missing = csv.missing(table.required());
      if (!missing.isEmpty()) {
        throw new SgnetException(
            SgnetException.Kind.INVALID_INPUT,
            name
                + ":1: not an SSDA903 "
                + table.name().toLowerCase(Locale.ROOT)
                + " file: the header lacks "
                + String.join(", ", missing));
      }
      List<String> columns = new ArrayList<>();
      for (String h : csv.header()) {
        columns.add(h.strip().toUpperCase(Locale.ROOT));
      }
      List<Ssda903Record> out = new ArrayList<>();
      for (SourceCsv.Row row = csv.next(); row != null; row = csv.next()) {
        records.counted(name);
        Map<String, String> fields = new HashMap<>();
        for (String c : columns) {
          String v = row.get(c);
          if (v != null && !c.isEmpty()) {
            fields.putIfAbsent(c, v);
          }
        }
        out.add(new Ssda903Record(table, row.at(), fields, row.problem()));
      }
      return out;
    }
  }
}
