package org.sgnet.backup;

import java.util.Base64;
import java.util.Set;
import org.neo4j.driver.Bookmark;
import org.sgnet.SgnetException;

/**
 * The number of the last transaction a session committed, read from the bookmark Neo4j 5 gives it.
 *
 * <p>Neo4j Community says nowhere else which transaction committed last ({@code SHOW DATABASES}
 * leaves {@code lastCommittedTxn} empty, its JMX beans are off), but every write's bookmark carries
 * its number: {@code FB:} and base64 (unpadded) of a PackStream list {@code [[uuid-bytes, number],
 * []]} flattened as one graph bookmark (the database's id as 16 bytes, then the number) followed by
 * an empty list of external bookmarks. A bookmark of any other shape is refused rather than guessed
 * at: without the number a backup cannot prove that it read one moment.
 */
final class TransactionNumber {

  private TransactionNumber() {}

  /** Returns the transaction number in the session's bookmarks after a write. */
  static long of(Set<Bookmark> bookmarks) {
    if (bookmarks.size() != 1 || bookmarks.iterator().next().values().size() != 1) {
      throw unreadable("expected one bookmark, got " + bookmarks.size());
    }
    return of(bookmarks.iterator().next().values().iterator().next());
  }

  /** Returns the transaction number in one bookmark value such as {@code FB:kcwQ…}. */
  static long of(String bookmark) {
    if (!bookmark.startsWith("FB:")) {
      throw unreadable("a bookmark not of the form FB:…");
    }
    byte[] b;
    try {
      b = Base64.getDecoder().decode(bookmark.substring(3));
    } catch (IllegalArgumentException e) {
      throw unreadable("a bookmark that is not base64");
    }
    // 0x91: a list of one graph bookmark; 0xCC 0x10: 16 bytes of the database's id.
    if (b.length < 20 || (b[0] & 0xff) != 0x91 || (b[1] & 0xff) != 0xcc || b[2] != 16) {
      throw unreadable("a bookmark of an unknown layout");
    }
    int at = 19;
    int marker = b[at] & 0xff;
    int width =
        switch (marker) {
          case 0xc8 -> 1;
          case 0xc9 -> 2;
          case 0xca -> 4;
          case 0xcb -> 8;
          default -> 0;
        };
    long number;
    if (marker < 0x80) {
      number = marker;
    } else if (width > 0 && b.length >= at + 1 + width) {
      number = 0;
      for (int i = 1; i <= width; i++) {
        number = (number << 8) | (b[at + i] & 0xff);
      }
      // PackStream integers are signed; transaction numbers are positive.
      number = (number << (64 - 8 * width)) >> (64 - 8 * width);
    } else {
      throw unreadable("a bookmark whose transaction number is not an integer");
    }
    int end = at + 1 + width;
    if (b.length != end + 1 || (b[end] & 0xff) != 0x90 || number < 1) {
      throw unreadable("a bookmark of an unknown layout");
    }
    return number;
  }

  private static SgnetException unreadable(String what) {
    return new SgnetException(
        SgnetException.Kind.FAILURE,
        "cannot tell which transaction the store committed last (the server gave "
            + what
            + "), so the backup cannot prove it read one moment: is the store a version of"
            + " Neo4j other than 5?");
  }
}
