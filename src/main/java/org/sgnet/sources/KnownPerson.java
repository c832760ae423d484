package org.sgnet.sources;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.sgnet.bundle.PersonKind;

/**
 * A person already in the store, as identity matching needs them.
 *
 * @param id the person's id
 * @param kind what the person is
 * @param name the display name
 * @param birthDate the birth date, or {@code null}
 * @param agencyId a professional's agency, else {@code null}
 * @param role the role, or {@code null}
 * @param identifiers the identifiers the person was built from (empty for people of a plain bundle)
 * @param postcode the postcode sources gave, or {@code null}
 * @param provenance the records the person was built from, first source first
 */
public record KnownPerson(
    String id,
    PersonKind kind,
    String name,
    LocalDate birthDate,
    String agencyId,
    String role,
    List<String> identifiers,
    String postcode,
    List<String> provenance) {

  public KnownPerson {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    identifiers = List.copyOf(identifiers);
    provenance = List.copyOf(provenance);
  }
}
