package org.sgnet.bundle;

import java.util.Map;

/**
 * A row of {@code agencies.csv}.
 *
 * @param id the agency id
 * @param name the display name
 * @param sector the sector
 * @param extra the {@code x_} columns that were not empty, kept but never interpreted
 */
public record Agency(String id, String name, Sector sector, Map<String, String> extra) {

  public Agency {
    extra = Map.copyOf(extra);
  }
}
