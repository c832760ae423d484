package org.sgnet.sources.annexa;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * A spreadsheet cell as the text a field reader takes: a date-formatted number as an ISO date, any
 * other number without a spurious {@code .0} (a child id typed as a number, a day number that
 * {@link org.sgnet.sources.SourceDates} reads), text with its non-breaking spaces as spaces, a
 * formula as its cached result, and an error cell ({@code #N/A} of a failed lookup) as empty.
 */
final class CellText {

  private CellText() {}

  /** Returns the cell's text, or {@code null} when it is absent, blank or an error. */
  static String of(Cell cell) {
    if (cell == null) {
      return null;
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    String text =
        switch (type) {
          case STRING -> cell.getRichStringCellValue().getString();
          case NUMERIC -> number(cell);
          case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
          default -> null;
        };
    if (text == null) {
      return null;
    }
    text = text.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
    return text.isEmpty() ? null : text;
  }

  private static String number(Cell cell) {
    if (DateUtil.isCellDateFormatted(cell)) {
      return cell.getLocalDateTimeCellValue().toLocalDate().toString();
    }
    double d = cell.getNumericCellValue();
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }
}
