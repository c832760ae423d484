package org.sgnet.bundle;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A row of a bundle file, with typed reads of its cells that report what is wrong with them. A read
 * returns {@code null} for an empty cell or a bad value; {@link #ok()} then says whether the row
 * can become a record.
 */
final class Row {

  private final Table table;
  private final long line;
  private final String[] cells;
  private final Map<String, String> extra;
  private final boolean broken;
  private int errorCount;

  /**
   * Creates a row.
   *
   * @param cells the trimmed cells by column ordinal, {@code null} where empty or not in the header
   * @param extra the non-empty {@code x_} cells
   * @param broken whether the record is malformed or has the wrong number of fields, which was
   *     reported already: its cells cannot be trusted
   */
  Row(Table table, long line, String[] cells, Map<String, String> extra, boolean broken) {
    if (table == null || cells == null || extra == null || line < 1) {
      throw new IllegalArgumentException("a row needs its table, a line, cells and extras");
    }
    this.table = table;
    this.line = line;
    this.cells = cells;
    this.extra = extra;
    this.broken = broken;
  }

  /** Returns the line where the row starts. */
  long line() {
    return line;
  }

  /** Returns whether the record was malformed, so that only its id may be used. */
  boolean broken() {
    return broken;
  }

  /** Returns whether the row is well formed and no error was found in it. */
  boolean ok() {
    return !broken && errorCount == 0;
  }

  /** Returns the non-empty {@code x_} cells. */
  Map<String, String> extra() {
    return extra;
  }

  /** Returns the trimmed cell, or {@code null} when it is empty. */
  String cell(Column column) {
    return cells[column.ordinal()];
  }

  /** Reports an error about a cell of this row. */
  void error(Column column, String message) {
    table.error(line, column, message);
    errorCount++;
  }

  /**
   * Returns whether a cell the format requires is present, reporting it when it is empty. When the
   * header lacks the column, that was reported once already and is not repeated on every row.
   */
  boolean require(Column column) {
    if (cell(column) != null) {
      return true;
    }
    if (table.has(column)) {
      error(column, "must not be empty");
    }
    return false;
  }

  /**
   * Returns whether a cell required in this case ({@code what}) is present, reporting it if not.
   */
  boolean requireFor(Column column, String what) {
    if (cell(column) != null) {
      return true;
    }
    error(column, "required for " + what);
    return false;
  }

  /** Reports a cell given in a case ({@code what}) that does not take it. */
  void forbidFor(Column column, String what) {
    if (cell(column) != null) {
      error(column, "not allowed for " + what);
    }
  }

  /** Returns the date in the cell. */
  LocalDate date(Column column) {
    String text = cell(column);
    if (text == null) {
      return null;
    }
    LocalDate date = table.date(text);
    if (date == null) {
      error(column, Cells.quoteDate(text) + "is not a date (YYYY-MM-DD)");
    }
    return date;
  }

  /**
   * Returns the items of a list cell, split at {@code ;} and trimmed, in order; an empty item is
   * reported. An empty cell is an empty list.
   */
  java.util.List<String> list(Column column) {
    String cell = cell(column);
    if (cell == null) {
      return java.util.List.of();
    }
    java.util.List<String> items = new java.util.ArrayList<>();
    boolean emptyItem = false;
    for (String part : cell.split(";", -1)) {
      String item = Cells.trim(part);
      if (item.isEmpty()) {
        emptyItem = true;
      } else {
        items.add(item);
      }
    }
    if (emptyItem) {
      error(column, "an item of the list is empty; items are separated by ;");
    }
    return items;
  }

  /** Returns the provenance cell's locators (see {@link Provenance}). */
  java.util.List<String> provenance(Column column) {
    return list(column);
  }

  /** Returns the identifiers cell's items, each checked to be {@code scheme:value}. */
  java.util.List<String> identifiers(Column column) {
    java.util.List<String> items = list(column);
    for (String item : items) {
      if (!Provenance.isIdentifier(item)) {
        // The value may be a personal identifier: only its position is named.
        error(
            column,
            "item "
                + (items.indexOf(item) + 1)
                + " is not an identifier: expected scheme:value, the scheme of lower-case letters,"
                + " digits and -");
      }
    }
    return items;
  }

  /** Returns the boolean in the cell: exactly {@code true} or {@code false}. */
  Boolean bool(Column column) {
    String text = cell(column);
    if (text == null) {
      return null;
    }
    if (text.equals("true")) {
      return Boolean.TRUE;
    }
    if (text.equals("false")) {
      return Boolean.FALSE;
    }
    error(column, Cells.quoteToken(text) + "is not true or false");
    return null;
  }

  /** Returns the constant the cell names exactly. */
  <E extends Enum<E>> E enumOf(Column column, Class<E> type) {
    String text = cell(column);
    if (text == null) {
      return null;
    }
    E value = constant(type, text);
    if (value == null) {
      error(column, Cells.quoteToken(text) + "is not one of " + choices(type));
    }
    return value;
  }

  /** Returns the constant of that exact name, or {@code null}. */
  static <E extends Enum<E>> E constant(Class<E> type, String name) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Returns the names of the constants, for a message. */
  static String choices(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  /**
   * Registers the row's id in the index of its file, reporting a bad or duplicate id. The id of a
   * row in error is registered too (without a kind), so that references to it do not pile noise on
   * the row's own error.
   *
   * @param kind what the row is, or {@code null} when the row does not say it validly
   */
  <K> void register(Column column, IdIndex<K> index, K kind) {
    String id = cell(column);
    if (broken) {
      if (id == null) {
        index.markIncomplete();
      } else {
        index.add(id, line, null);
      }
      return;
    }
    if (!require(column)) {
      return;
    }
    if (!Cells.isId(id)) {
      error(column, Cells.quote(id) + " is not a valid id " + Cells.ID_SYNTAX);
      index.add(id, line, null);
      return;
    }
    long first = index.add(id, line, kind);
    if (first >= 0) {
      error(column, "duplicate id " + Cells.quote(id) + ", first on line " + first);
    }
  }

  /**
   * Returns the entry the cell refers to; see {@link #reference(Column, String, IdIndex)}. The cell
   * then holds the index's instance of the id, so that the many references of a large bundle share
   * one string per id.
   */
  <K> IdIndex.Entry<K> reference(Column column, IdIndex<K> index) {
    String id = cell(column);
    if (id == null) {
      return null;
    }
    IdIndex.Entry<K> entry = reference(column, id, index);
    if (entry != null) {
      cells[column.ordinal()] = entry.id();
    }
    return entry;
  }

  /**
   * Returns the entry an id of the cell refers to, or {@code null} when no row has it; that is
   * reported unless the referred file could not be read whole.
   */
  <K> IdIndex.Entry<K> reference(Column column, String id, IdIndex<K> index) {
    IdIndex.Entry<K> entry = index.get(id);
    if (entry == null) {
      if (!Cells.isId(id)) {
        error(column, Cells.quote(id) + " is not a valid id " + Cells.ID_SYNTAX);
      } else if (index.complete()) {
        error(column, index.missing(id));
      }
    }
    return entry;
  }
}
