package org.sgnet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.internal.InternalRecord;
import org.sgnet.SgnetException;
import org.sgnet.bundle.Person;
import org.sgnet.bundle.PersonKind;

class IdentitiesTest {

  private static final List<String> KEYS =
      List.of(
          "id",
          "kind",
          "name",
          "birthDate",
          "agencyId",
          "role",
          "identifiers",
          "postcode",
          "provenance");

  /** A row of the identity queries, as the store returns it (the driver has no public factory). */
  private static Record row(Map<String, Object> values) {
    List<Value> list = new ArrayList<>();
    for (String key : KEYS) {
      list.add(Values.value(values.get(key)));
    }
    return new InternalRecord(KEYS, list);
  }

  @Test
  void shouldReadAStoredPersonWithoutExtraColumns() {
    Person p =
        Identities.person(
            row(
                Map.of(
                    "id", "pro-7",
                    "kind", "PROFESSIONAL",
                    "name", "Sam Okoro",
                    "agencyId", "ag-csc",
                    "identifiers", List.of("swe:SW123"),
                    "provenance", List.of("p:staff.csv:3"))));

    assertThat(p)
        .extracting(Person::id, Person::kind, Person::agencyId, Person::extra, Person::identifiers)
        .containsExactly(
            "pro-7", PersonKind.PROFESSIONAL, "ag-csc", Map.of(), List.of("swe:SW123"));
    assertThat(p.birthDate()).isNull();
    assertThat(p.provenance()).containsExactly("p:staff.csv:3");
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "kind"})
  void shouldRefuseAStoredPersonWithoutAnIdOrKind(String missing) {
    Map<String, Object> values = new java.util.HashMap<>(Map.of("id", "t-1", "kind", "CHILD"));
    values.remove(missing);

    assertThatThrownBy(() -> Identities.person(row(values)))
        .isInstanceOf(SgnetException.class)
        .hasMessage("a person in the store has no " + missing);
  }
}
