package org.sgnet.sources.annexa;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A spreadsheet cell as the text a field reader takes: a date-formatted number as an ISO date, any
 * other number without a spurious {@code .0} (a child id typed as a number, a day number that
 * {@link org.sgnet.sources.SourceDates} reads), text with its non-breaking spaces as spaces, a
 * formula as its cached result (computed here when the file carries none), and an error cell
 * ({@code #N/A} of a failed lookup) as empty.
 */
final class CellText {

  private CellText() {}

  /** Returns the cell's text, or {@code null} when it is absent, blank or an error. */
  static String of(Cell cell) {
    if (cell == null) {
      return null;
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA && !hasCachedResult(cell)) {
      return evaluated(cell);
    }
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    String text =
        switch (type) {
          case STRING -> cell.getRichStringCellValue().getString();
          case NUMERIC -> number(cell, cell.getNumericCellValue());
          case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
          default -> null;
        };
    return cleaned(text);
  }

  /**
   * Whether a formula cell carries the result its spreadsheet computed. A workbook saved by a
   * program that does not compute formulas (a script, a converter) leaves none, and the cell then
   * reads as 0: as a date, 31 December 1899.
   */
  private static boolean hasCachedResult(Cell cell) {
    if (cell instanceof XSSFCell x) {
      return x.getCTCell().isSetV() && !x.getCTCell().getV().isEmpty();
    }
    return true;
  }

  /**
   * The formula's result computed here, as text; {@code null}, as for an error cell, when it cannot
   * be computed (a function POI does not know, a link to another workbook).
   */
  private static String evaluated(Cell cell) {
    CellValue value;
    try {
      value =
          cell.getSheet().getWorkbook().getCreationHelper().createFormulaEvaluator().evaluate(cell);
    } catch (RuntimeException e) {
      return null;
    }
    if (value == null) {
      return null;
    }
    String text =
        switch (value.getCellType()) {
          case STRING -> value.getStringValue();
          case NUMERIC -> number(cell, value.getNumberValue());
          case BOOLEAN -> value.getBooleanValue() ? "TRUE" : "FALSE";
          default -> null;
        };
    return cleaned(text);
  }

  private static String cleaned(String text) {
    if (text == null) {
      return null;
    }
    text = text.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
    return text.isEmpty() ? null : text;
  }

  private static String number(Cell cell, double d) {
    if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(d)) {
      boolean date1904 = cell.getSheet().getWorkbook() instanceof XSSFWorkbook w && w.isDate1904();
      return DateUtil.getLocalDateTime(d, date1904).toLocalDate().toString();
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }
}
