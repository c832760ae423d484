package org.sgnet.bundle;

import java.util.HashMap;
import java.util.Map;

/**
 * The ids of one file, each with the line of its first row and what the row says it is, so that
 * later files can check their references without keeping the rows.
 *
 * @param <K> what a row is (a person's kind), or {@link Void} when only the id matters
 */
final class IdIndex<K> {

  private final String noun;
  private final BundleFile file;
  private final Map<String, Entry<K>> entries = new HashMap<>();
  private boolean complete = true;

  /**
   * Creates an empty index.
   *
   * @param noun what an id names, for messages: {@code person}, {@code agency}
   * @param file the file the ids come from
   */
  IdIndex(String noun, BundleFile file) {
    if (noun == null || noun.isBlank() || file == null) {
      throw new IllegalArgumentException("an index needs a noun and a file");
    }
    this.noun = noun;
    this.file = file;
  }

  /**
   * Adds an id unless it is already there.
   *
   * @param kind what the row is, or {@code null} when the row does not say it validly
   * @return the line of the row that already has the id, or -1 when the id is new
   */
  long add(String id, long line, K kind) {
    Entry<K> first = entries.putIfAbsent(id, new Entry<>(id, line, kind));
    return first == null ? -1 : first.line();
  }

  /** Returns the entry of an id, or {@code null} when no row has it. */
  Entry<K> get(String id) {
    return entries.get(id);
  }

  /**
   * Records that some rows of the file could not be read, so that an id missing here may still be
   * in the file: references to it are then not reported, to spare noise the broken row caused.
   */
  void markIncomplete() {
    complete = false;
  }

  /** Returns whether every row of the file was read, so that a missing id is a real error. */
  boolean complete() {
    return complete;
  }

  /** Returns the message for a reference to an id that no row has. */
  String missing(String id) {
    return "no " + noun + " " + Cells.quote(id) + " in " + file.fileName();
  }

  /**
   * What the index knows of an id.
   *
   * @param id the id, one instance that every reference to it can share instead of its own copy
   * @param line the line of the first row with the id
   * @param kind what the row is, or {@code null} when the row is in error and does not say it
   */
  record Entry<K>(String id, long line, K kind) {}
}
