package org.sgnet.network;

import java.time.LocalDate;
import java.util.List;

/**
 * The board's view of how agencies work together: for each pair of agencies that share children or
 * met, the children both are involved with and the coordination events (information shared,
 * meetings) in the window that brought professionals of both together.
 *
 * @param asOf the date D
 * @param windowDays the window W in days
 * @param agencies every agency, by id
 * @param cells the pairs with shared children or coordination events, by agency ids
 */
public record CoordinationMatrix(
    LocalDate asOf, int windowDays, List<Agency> agencies, List<Cell> cells) {

  public CoordinationMatrix {
    agencies = List.copyOf(agencies);
    cells = List.copyOf(cells);
  }

  /**
   * An agency.
   *
   * @param id the id
   * @param name the name
   * @param sector the sector
   */
  public record Agency(String id, String name, String sector) {}

  /**
   * A pair of agencies, {@code a < b}.
   *
   * @param a the first agency's id
   * @param b the second agency's id
   * @param sharedChildren the children both are involved with, by id
   * @param coordinationEvents how many information-sharing or meeting events in the window had
   *     professionals of both among their people
   */
  public record Cell(String a, String b, List<String> sharedChildren, long coordinationEvents) {
    public Cell {
      sharedChildren = List.copyOf(sharedChildren);
    }
  }
}
