package org.sgnet.bundle;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A row of {@code relationships.csv}: a tie that holds over a period.
 *
 * @param type the type of tie
 * @param fromId the person the tie starts from
 * @param toId the person the tie goes to
 * @param startDate the first day, or {@code null} for "since before the data"
 * @param endDate the last day, or {@code null} for "still holds"
 * @param parentalResponsibility for {@code PARENT} only, else {@code null}
 * @param legalBasis for {@code PLACED_WITH} only, else {@code null}
 * @param lead for {@code INVOLVED} only ({@code false} when the cell is empty), else {@code null}
 * @param extra the {@code x_} columns that were not empty
 * @param provenance where the row came from (see {@link Provenance}); empty when not said
 */
public record Tie(
    TieType type,
    String fromId,
    String toId,
    LocalDate startDate,
    LocalDate endDate,
    Boolean parentalResponsibility,
    LegalBasis legalBasis,
    Boolean lead,
    Map<String, String> extra,
    List<String> provenance) {

  public Tie {
    extra = Map.copyOf(extra);
    provenance = List.copyOf(provenance);
  }
}
