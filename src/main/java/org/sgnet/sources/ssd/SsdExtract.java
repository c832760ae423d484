package org.sgnet.sources.ssd;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sgnet.SgnetException;
import org.sgnet.sources.Fields;
import org.sgnet.sources.SourceCsv;
import org.sgnet.sources.SourceError;
import org.sgnet.sources.SourceFiles;
import org.sgnet.sources.SourceRecords;

/**
 * The rows of an SSD export, by table. Every file is read before any row is mapped, because SSD
 * rows refer to each other across tables (an assessment factor to its assessment, an episode to its
 * placement and to the child's legal status) and files come in any order and under any name.
 */
final class SsdExtract {

  private final Map<SsdTable, List<SourceCsv.Row>> rows = new EnumMap<>(SsdTable.class);

  private SsdExtract() {}

  /**
   * Reads the CSV files of the paths. A row that is not well-formed CSV is refused here; a file of
   * an SSD table that sgnet does not import is passed over.
   *
   * @throws SgnetException of kind {@code INVALID_INPUT} when a file is no SSD table, or an SSD
   *     table without a column sgnet needs
   */
  static SsdExtract read(List<Path> paths, SourceRecords records) {
    SsdExtract extract = new SsdExtract();
    for (Path file : SourceFiles.expand(paths, "CSV file of SSD tables", "csv")) {
      extract.readFile(file, records);
    }
    return extract;
  }

  /** Returns the rows of a table, in file and line order (empty when no file held it). */
  List<SourceCsv.Row> rows(SsdTable table) {
    return rows.getOrDefault(table, List.of());
  }

  /** Returns typed reads of a row, which know the other names of its fields. */
  static Fields fields(SourceRecords records, SourceCsv.Row row) {
    return new Fields(records, row.at(), field -> cell(row, field));
  }

  private static String cell(SourceCsv.Row row, String field) {
    String v = row.get(field);
    for (String alias : SsdTable.ALIASES.getOrDefault(field, List.of())) {
      if (v != null) {
        break;
      }
      v = row.get(alias);
    }
    return v;
  }

  private void readFile(Path file, SourceRecords records) {
    String name = file.getFileName().toString();
    try (SourceCsv csv = SourceCsv.open(file, SsdAdapter.FORMAT)) {
      Optional<SsdTable> table = recognise(csv);
      if (table.isEmpty()) {
        if (notImported(csv)) {
          return;
        }
        throw new SgnetException(
            SgnetException.Kind.INVALID_INPUT,
            name
                + ":1: not an SSD table: the header names no key column of the tables sgnet"
                + " reads (such as pers_person_id of ssd_person)");
      }
      List<String> missing = new ArrayList<>();
      for (String column : table.get().required()) {
        if (List.of(column.split("\\|")).stream().noneMatch(c -> has(csv, c))) {
          missing.add(column);
        }
      }
      if (!missing.isEmpty()) {
        throw new SgnetException(
            SgnetException.Kind.INVALID_INPUT,
            name
                + ":1: not a complete "
                + table.get().tableName()
                + " table: the header lacks "
                + String.join(", ", missing));
      }
      List<SourceCsv.Row> into = rows.computeIfAbsent(table.get(), t -> new ArrayList<>());
      for (SourceCsv.Row row = csv.next(); row != null; row = csv.next()) {
        records.counted(name);
        if (row.problem() != null) {
          records.refuse(new SourceError(row.at(), null, row.problem()));
        } else {
          into.add(row);
        }
      }
    }
  }

  private static Optional<SsdTable> recognise(SourceCsv csv) {
    for (SsdTable table : SsdTable.values()) {
      if (has(csv, table.key())) {
        return Optional.of(table);
      }
    }
    return Optional.empty();
  }

  private static boolean has(SourceCsv csv, String column) {
    if (csv.has(column)) {
      return true;
    }
    return SsdTable.ALIASES.getOrDefault(column, List.of()).stream().anyMatch(csv::has);
  }

  private static boolean notImported(SourceCsv csv) {
    for (String column : csv.header()) {
      String c = column.trim().toLowerCase(Locale.ROOT);
      if (SsdTable.NOT_IMPORTED.keySet().stream().anyMatch(c::startsWith)) {
        return true;
      }
    }
    return false;
  }
}
