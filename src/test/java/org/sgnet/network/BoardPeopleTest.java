package org.sgnet.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sgnet.SgnetException;

/** The drawing of a bounded selection: people inside their agency, involvement, siblings, cap. */
class BoardPeopleTest {

  private static final LocalDate D = LocalDate.of(2024, 3, 28);
  private static final Map<String, String> NAMES = Map.of("a", "Agency A", "b", "Agency B");

  private static final List<BoardReader.PeopleRow> ROWS =
      List.of(
          new BoardReader.PeopleRow(
              "c1",
              "Child 1",
              List.of(
                  new BoardReader.Involved("p1", "Pat", "a", false),
                  new BoardReader.Involved("p1", "Pat", "a", true),
                  new BoardReader.Involved("p2", "Sam", "b", false)),
              List.of("c2")),
          new BoardReader.PeopleRow(
              "c2",
              "Child 2",
              List.of(new BoardReader.Involved("p2", "Sam", "b", false)),
              List.of()));

  @Test
  void shouldDrawEachPersonOnceWithProfessionalsInsideTheirAgency() {
    BoardPeople people = BoardReader.people(D, 90, List.of("a", "b"), NAMES, ROWS, 300);

    assertThat(people.nodes())
        .containsExactly(
            new BoardPeople.Node("agency:a", "AGENCY", "Agency A", null),
            new BoardPeople.Node("agency:b", "AGENCY", "Agency B", null),
            new BoardPeople.Node("person:c1", "CHILD", "Child 1", null),
            new BoardPeople.Node("person:c2", "CHILD", "Child 2", null),
            new BoardPeople.Node("person:p1", "PROFESSIONAL", "Pat", "agency:a"),
            new BoardPeople.Node("person:p2", "PROFESSIONAL", "Sam", "agency:b"));
    // Two rows for one professional and child (an involved tie and events) make one edge, a lead
    // when either is.
    assertThat(people.edges())
        .containsExactly(
            new BoardPeople.Edge("INVOLVED", "person:p1", "person:c1", true),
            new BoardPeople.Edge("INVOLVED", "person:p2", "person:c1", false),
            new BoardPeople.Edge("INVOLVED", "person:p2", "person:c2", false),
            new BoardPeople.Edge("SIBLING", "person:c1", "person:c2", false));
  }

  @Test
  void shouldRefuseASelectionOfMorePeopleThanTheCapNamingIt() {
    SgnetException e =
        catchThrowableOfType(
            SgnetException.class,
            () -> BoardReader.people(D, 90, List.of("a", "b"), NAMES, ROWS, 3));

    assertThat(e.kind()).isEqualTo(SgnetException.Kind.INVALID_INPUT);
    assertThat(e.getMessage()).contains("4 people").contains("more than the 3 people");
    assertThat(BoardReader.people(D, 90, List.of("a", "b"), NAMES, ROWS, 4).nodes()).hasSize(6);
  }
}
