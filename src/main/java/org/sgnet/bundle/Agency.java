package org.sgnet.bundle;

import java.util.List;
import java.util.Map;

/**
 * A row of {@code agencies.csv}.
 *
 * @param id the agency id
 * @param name the display name
 * @param sector the sector
 * @param extra the {@code x_} columns that were not empty, kept but never interpreted
 * @param provenance where the row came from (see {@link Provenance}); empty when not said
 */
public record Agency(
    String id, String name, Sector sector, Map<String, String> extra, List<String> provenance) {

  public Agency {
    extra = Map.copyOf(extra);
    provenance = List.copyOf(provenance);
  }

  /** An agency whose bundle says nothing of its provenance, as in a version 1 bundle. */
  public Agency(String id, String name, Sector sector, Map<String, String> extra) {
    this(id, name, sector, extra, List.of());
  }
}
