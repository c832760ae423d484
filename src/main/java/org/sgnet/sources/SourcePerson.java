package org.sgnet.sources;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.sgnet.bundle.PersonKind;
import org.sgnet.bundle.Provenance;

/**
 * A person as one source record describes them, before identities are matched.
 *
 * @param id the source's id for the person, a valid bundle id made by the adapter (such as {@code
 *     903-566910}); the same record read again gives the same id
 * @param kind what the person is in the network
 * @param name the display name, or {@code null} when the source gives none (statutory returns name
 *     nobody): the person is then shown as their kind and id
 * @param birthDate the birth date, or {@code null}
 * @param agencyId a professional's agency (an agency id of the same records), else {@code null}
 * @param role free text such as {@code Social Worker}, or {@code null}
 * @param identifiers strong identifiers, {@code scheme:value} (such as {@code upn:…}, {@code
 *     nhs:…}, {@code la-child:LA:ID}, {@code swe:…}): records that share one are one person
 * @param postcode a postcode, only to suggest identity matches, or {@code null}
 * @param at the record that describes the person
 */
public record SourcePerson(
    String id,
    PersonKind kind,
    String name,
    LocalDate birthDate,
    String agencyId,
    String role,
    List<String> identifiers,
    String postcode,
    Locator at) {

  public SourcePerson {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(at, "at");
    identifiers = List.copyOf(identifiers);
    for (String identifier : identifiers) {
      if (!Provenance.isIdentifier(identifier)) {
        throw new IllegalArgumentException("an identifier is scheme:value (scheme in a-z0-9-)");
      }
    }
    if ((kind == PersonKind.PROFESSIONAL) != (agencyId != null)) {
      throw new IllegalArgumentException("a professional, and only a professional, has an agency");
    }
  }

  /**
   * Returns a person whom a source knows only by an id, a kind and a role, such as the carer or
   * setting a child is placed with: no name, birth date, agency, identifiers or postcode.
   */
  public static SourcePerson unnamed(String id, PersonKind kind, String role, Locator at) {
    return new SourcePerson(id, kind, null, null, null, role, List.of(), null, at);
  }
}
