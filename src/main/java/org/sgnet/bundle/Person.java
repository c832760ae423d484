package org.sgnet.bundle;

import java.time.LocalDate;
import java.util.Map;

/**
 * A row of {@code people.csv}.
 *
 * @param id the person id
 * @param kind what the person is in the network
 * @param name a display name, usually a pseudonym
 * @param birthDate the birth date, or {@code null}
 * @param agencyId the agency of a professional; {@code null} for every other kind
 * @param role free text such as {@code Social Worker}, or {@code null}
 * @param extra the {@code x_} columns that were not empty
 */
public record Person(
    String id,
    PersonKind kind,
    String name,
    LocalDate birthDate,
    String agencyId,
    String role,
    Map<String, String> extra) {

  public Person {
    extra = Map.copyOf(extra);
  }
}
