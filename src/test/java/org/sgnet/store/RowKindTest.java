package org.sgnet.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sgnet.bundle.Bundle;
import org.sgnet.bundle.Person;
import org.sgnet.bundle.PersonKind;
import org.sgnet.bundle.Tie;
import org.sgnet.bundle.TieType;

/** The kinds of rows an import writes: their statements, their new rows, their ties. */
class RowKindTest {

  @Test
  void shouldNameStatementsAndJournalFilesThatExistForEveryKind() {
    assertThat(RowKind.ALL)
        .extracting(RowKind::name)
        .containsExactly("agencies", "people", "ties", "events");
    for (RowKind<?> kind : RowKind.ALL) {
      RowKind.Statements s = kind.statements();
      assertThat(List.of(s.create(), s.update(), s.existing())).allMatch(CypherFile::exists);
      assertThat(List.of("before-", "restore-", "delete-"))
          .allMatch(step -> CypherFile.exists("import/journal/" + step + kind.name()));
    }
  }

  @Test
  @SuppressWarnings("unchecked") // props is a map of property names to values
  void shouldSendANewRowItsCreateKeysAndOnlyThePropertiesThatHaveAValue() {
    Person child = new Person("c1", PersonKind.CHILD, "Child A", null, null, null, Map.of());

    List<Map<String, Object>> created =
        RowKind.PEOPLE.asCreated(RowKind.PEOPLE.parameters(List.of(child)));

    assertThat(created)
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.keySet())
                  .containsExactlyInAnyOrder("agencyEid", "id", "label", "props");
              assertThat(row).containsEntry("id", "c1").containsEntry("label", "Child");
              assertThat((Map<String, Object>) row.get("props"))
                  .containsOnlyKeys("kind", "name")
                  .containsEntry("kind", "CHILD");
            });
  }

  @Test
  void shouldWriteASiblingTieOneWayRoundAndTheLastRowOfTheSameTie() {
    LocalDate start = LocalDate.of(2020, 1, 1);
    Bundle bundle =
        new Bundle(
            List.of(),
            List.of(),
            List.of(
                new Tie(
                    TieType.SIBLING, "c2", "c1", null, null, null, null, null, Map.of(), List.of()),
                new Tie(
                    TieType.PARENT, "m", "c1", start, null, true, null, null, Map.of(), List.of()),
                new Tie(
                    TieType.SIBLING, "c1", "c2", null, null, null, null, true, Map.of(), List.of()),
                new Tie(
                    TieType.PARENT, "m", "c1", null, null, false, null, null, Map.of(), List.of())),
            List.of());

    List<Map<String, Object>> rows = RowKind.TIES.parameters(RowKind.TIES.rows(bundle));

    assertThat(rows)
        .extracting(
            r -> r.get("type") + " " + r.get("from") + ">" + r.get("to") + " " + r.get("key"))
        .containsExactly("PARENT m>c1 2020-01-01", "SIBLING c1>c2 ", "PARENT m>c1 ");
    assertThat(rows).extracting(r -> r.get("i")).containsExactly(0L, 1L, 2L);
    assertThat(RowKind.TIES.key(rows.get(2))).isEqualTo(2L);
    assertThat(RowKind.PEOPLE.key(Map.of("id", "c1", "i", 0L))).isEqualTo("c1");
  }
}
