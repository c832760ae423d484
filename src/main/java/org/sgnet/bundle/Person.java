package org.sgnet.bundle;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A person: a row of {@code people.csv}, or a person already in the store as identity matching
 * reads them (with no {@code extra}: matching does not look at the {@code x_} columns).
 *
 * @param id the person id
 * @param kind what the person is in the network
 * @param name a display name, usually a pseudonym
 * @param birthDate the birth date, or {@code null}
 * @param agencyId the agency of a professional; {@code null} for every other kind
 * @param role free text such as {@code Social Worker}, or {@code null}
 * @param extra the {@code x_} columns that were not empty
 * @param identifiers the person's identifiers in sources ({@code scheme:value}, see {@link
 *     Provenance#isIdentifier}), in file order; empty when not said
 * @param postcode the postcode the sources give, used only to suggest identity matches, or {@code
 *     null}
 * @param provenance where the row came from (see {@link Provenance}); empty when not said
 */
public record Person(
    String id,
    PersonKind kind,
    String name,
    LocalDate birthDate,
    String agencyId,
    String role,
    Map<String, String> extra,
    List<String> identifiers,
    String postcode,
    List<String> provenance) {

  public Person {
    extra = Map.copyOf(extra);
    identifiers = List.copyOf(identifiers);
    provenance = List.copyOf(provenance);
  }

  /** A person whose bundle gives no identifiers, postcode or provenance, as in version 1. */
  public Person(
      String id,
      PersonKind kind,
      String name,
      LocalDate birthDate,
      String agencyId,
      String role,
      Map<String, String> extra) {
    this(id, kind, name, birthDate, agencyId, role, extra, List.of(), null, List.of());
  }
}
