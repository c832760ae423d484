package org.sgnet.records;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's record as stored.
 *
 * @param id the id
 * @param kind {@code CHILD}, {@code FAMILY}, {@code CARER}, {@code PROFESSIONAL} or {@code OTHER}
 * @param name the display name
 * @param birthDate the birth date, or {@code null}
 * @param role the role, or {@code null}
 * @param agencyId a professional's agency, else {@code null}
 * @param agencyName that agency's name, else {@code null}
 * @param identifiers the identifiers in sources the person was built from ({@code scheme:value});
 *     empty for a person of a case bundle
 * @param provenance the source records the person was built from ({@code format:file:where})
 */
public record PersonRecord(
    String id,
    String kind,
    String name,
    LocalDate birthDate,
    String role,
    String agencyId,
    String agencyName,
    List<String> identifiers,
    List<String> provenance) {

  public PersonRecord {
    identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    provenance = provenance == null ? List.of() : List.copyOf(provenance);
  }

  /** Returns the record without identifiers, for readers who may not see them. */
  public PersonRecord withoutIdentifiers() {
    return new PersonRecord(
        id, kind, name, birthDate, role, agencyId, agencyName, List.of(), provenance);
  }
}
