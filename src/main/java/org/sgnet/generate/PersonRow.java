package org.sgnet.generate;

import java.io.IOException;
import java.util.Objects;
import org.sgnet.bundle.PersonKind;

/**
 * A row of people.csv.
 *
 * @param id the person's id
 * @param kind what the person is in the network
 * @param name the pseudonym written as the name
 * @param birth the epoch day of birth, or {@link Days#NONE} when not recorded
 * @param agency the agency of a professional, otherwise null
 * @param role the role, such as {@code Mother} or {@code Social Worker}
 */
record PersonRow(String id, PersonKind kind, String name, int birth, String agency, String role)
    implements Row {

  PersonRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
  }

  /** A person whose birth date is not recorded. */
  PersonRow(String id, PersonKind kind, String name, String agency, String role) {
    this(id, kind, name, Days.NONE, agency, role);
  }

  @Override
  public void writeTo(CsvRows<?> out) throws IOException {
    out.cell(id).plain(kind.name()).cell(name).date(birth).cell(agency).cell(role);
  }
}
