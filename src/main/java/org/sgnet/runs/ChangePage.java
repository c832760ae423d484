package org.sgnet.runs;

import java.util.List;

/**
 * A page of the change feed.
 *
 * @param after the cursor asked with
 * @param next the cursor to ask with next: the last change's number, or {@code after} when none
 * @param more whether changes after {@code next} exist already
 * @param changes the changes after {@code after}, in order
 */
public record ChangePage(long after, long next, boolean more, List<Change> changes) {

  public ChangePage {
    changes = List.copyOf(changes);
  }
}
