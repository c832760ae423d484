package org.sgnet.sources.annexa;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small Annex A workbooks written in code, so that no binary test file is committed. */
final class TestWorkbook {

  /** A cell holding Excel's {@code #N/A} error, as a failed lookup leaves it. */
  static final Object NA = new Object();

  /**
   * A date-formatted cell holding a formula and no computed result, as a program that writes
   * workbooks without computing them leaves it.
   */
  record DateFormula(String formula) {}

  private final XSSFWorkbook workbook = new XSSFWorkbook();
  private final CellStyle dateStyle;

  TestWorkbook() {
    dateStyle = workbook.createCellStyle();
    dateStyle.setDataFormat(
        workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
  }

  /** Adds a sheet whose rows start at {@code firstRow} (0-based); a null value leaves no cell. */
  TestWorkbook sheet(String name, int firstRow, List<List<Object>> rows) {
    Sheet sheet = workbook.createSheet(name);
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(firstRow + r);
      List<Object> values = rows.get(r);
      for (int c = 0; c < values.size(); c++) {
        Object v = values.get(c);
        if (v == null) {
          continue;
        }
        Cell cell = row.createCell(c);
        if (v == NA) {
          cell.setCellErrorValue(FormulaError.NA.getCode());
        } else if (v instanceof DateFormula f) {
          cell.setCellFormula(f.formula());
          cell.setCellStyle(dateStyle);
        } else if (v instanceof LocalDate d) {
          cell.setCellValue(d);
          cell.setCellStyle(dateStyle);
        } else if (v instanceof Number n) {
          cell.setCellValue(n.doubleValue());
        } else if (v instanceof Boolean b) {
          cell.setCellValue(b);
        } else {
          cell.setCellValue(v.toString());
        }
      }
    }
    return this;
  }

  /** Adds a sheet whose header is on the first row. */
  TestWorkbook sheet(String name, List<List<Object>> rows) {
    return sheet(name, 0, rows);
  }

  /** Adds empty rows with a formatted blank cell after the last row, as spreadsheets keep them. */
  TestWorkbook trailingEmptyRows(String name, int count) {
    Sheet sheet = workbook.getSheet(name);
    int last = sheet.getLastRowNum();
    for (int i = 1; i <= count; i++) {
      sheet.createRow(last + i).createCell(0).setCellStyle(dateStyle);
    }
    return this;
  }

  Path write(Path folder, String fileName) throws IOException {
    Path file = folder.resolve(fileName);
    try (OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
    workbook.close();
    return file;
  }

  static List<Object> row(Object... values) {
    return new ArrayList<>(Arrays.asList(values));
  }
}
