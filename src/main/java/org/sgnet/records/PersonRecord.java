package org.sgnet.records;

import java.time.LocalDate;

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
 */
public record PersonRecord(
    String id,
    String kind,
    String name,
    LocalDate birthDate,
    String role,
    String agencyId,
    String agencyName) {}
