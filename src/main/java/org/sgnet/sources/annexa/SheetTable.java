package org.sgnet.sources.annexa;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.sgnet.sources.Fields;
import org.sgnet.sources.Locator;
import org.sgnet.sources.SourceIds;
import org.sgnet.sources.SourceRecords;

/**
 * One sheet of a workbook read as an Annex A list: where its header row is, which list it is, which
 * column holds each field, and its data rows.
 *
 * <p>The header row is the first of the sheet's first {@value #HEADER_SEARCH} rows that has a child
 * id column (or List 11's adopter id): templates put titles, notes or blank rows above it.
 */
final class SheetTable {

  static final int HEADER_SEARCH = 30;

  /** A data row: its locator and its fields by label, coded fields already reduced to codes. */
  record SheetRow(Locator at, Map<String, String> cells) {

    /** Returns field readers of the row, whose refusals go to {@code records}. */
    Fields fields(SourceRecords records) {
      return new Fields(records, at, cells::get);
    }
  }

  private final String format;
  private final String file;
  private final Sheet sheet;
  private final int headerRow;
  private final AnnexList list;
  private final Map<Col, Integer> columns;

  private SheetTable(
      String format,
      String file,
      Sheet sheet,
      int headerRow,
      AnnexList list,
      Map<Col, Integer> columns) {
    this.format = format;
    this.file = file;
    this.sheet = sheet;
    this.headerRow = headerRow;
    this.list = list;
    this.columns = columns;
  }

  /**
   * Returns the sheet as a table, or {@code null} when no header row with a child or adopter id
   * column is found (a cover or notes sheet). The list is {@code null} when such a header matches
   * no Annex A list.
   */
  static SheetTable find(String format, String file, Sheet sheet) {
    int last = Math.min(sheet.getLastRowNum(), sheet.getFirstRowNum() + HEADER_SEARCH);
    for (int r = Math.max(0, sheet.getFirstRowNum()); r <= last; r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      Map<Integer, String> headers = new HashMap<>();
      List<String> folded = new ArrayList<>();
      for (Cell cell : row) {
        String text = CellText.of(cell);
        if (text != null) {
          String f = SourceIds.normalise(text);
          headers.put(cell.getColumnIndex(), f);
          folded.add(f);
        }
      }
      boolean idColumn =
          folded.stream()
              .anyMatch(h -> Col.CHILD_ID.matches(h) || (" " + h + " ").contains(" adopter "));
      if (!idColumn) {
        continue;
      }
      AnnexList list = AnnexList.recognise(folded);
      Map<Col, Integer> columns = new EnumMap<>(Col.class);
      if (list != null) {
        Set<Integer> taken = new HashSet<>();
        int width = row.getLastCellNum();
        for (Col col : list.columns()) {
          for (int c = 0; c < width; c++) {
            String h = headers.get(c);
            if (h != null && !taken.contains(c) && col.matches(h)) {
              columns.put(col, c);
              taken.add(c);
              break;
            }
          }
        }
      }
      return new SheetTable(format, file, sheet, r, list, columns);
    }
    return null;
  }

  /** Returns the list the sheet is, or {@code null} when its header is of no Annex A list. */
  AnnexList list() {
    return list;
  }

  /** Returns the locator of the header row. */
  Locator headerAt() {
    return at(headerRow);
  }

  /** Returns the list's required columns that the header lacks. */
  List<Col> missing() {
    return list.required().stream().filter(c -> !columns.containsKey(c)).toList();
  }

  /**
   * Returns the label a field's errors name: the template's title and the sheet's column letter,
   * such as {@code Child's Legal Status (column L)}.
   */
  String label(Col col) {
    Integer c = columns.get(col);
    return c == null
        ? col.title()
        : col.title() + " (column " + CellReference.convertNumToColString(c) + ")";
  }

  /** Returns the data rows after the header, leaving out rows whose read cells are all empty. */
  List<SheetRow> rows() {
    List<SheetRow> rows = new ArrayList<>();
    for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      Map<String, String> cells = new HashMap<>();
      for (Map.Entry<Col, Integer> e : columns.entrySet()) {
        String text = CellText.of(row.getCell(e.getValue()));
        if (text != null) {
          cells.put(label(e.getKey()), e.getKey().coded() ? AnnexACodes.key(text) : text);
        }
      }
      if (!cells.isEmpty()) {
        rows.add(new SheetRow(at(r), cells));
      }
    }
    return rows;
  }

  private Locator at(int rowIndex) {
    // A sheet's name may hold ';', which a locator may not: it becomes ','.
    return new Locator(format, file, sheet.getSheetName().replace(';', ',') + "!" + (rowIndex + 1));
  }
}
