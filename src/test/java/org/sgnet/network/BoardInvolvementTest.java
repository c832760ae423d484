package org.sgnet.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Counts and lists made from every child's involved agencies. */
class BoardInvolvementTest {

  private final BoardInvolvement involvement =
      new BoardInvolvement(
          Map.of(
              "c3", List.of("b", "a"),
              "c1", List.of("a", "b", "c"),
              "c2", List.of("c"),
              "c4", List.of("a", "a")));

  @Test
  void shouldCountEachAgencysChildrenAndEachPairsSharedChildrenOnce() {
    assertThat(involvement.counts())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                List.of("a", "a"), 3L,
                List.of("b", "b"), 2L,
                List.of("c", "c"), 2L,
                List.of("a", "b"), 2L,
                List.of("a", "c"), 1L,
                List.of("b", "c"), 1L));
  }

  @Test
  void shouldListAnAgencysOrAPairsChildrenByIdWithHowManyAgenciesEachHas() {
    assertThat(involvement.children("a", null))
        .containsExactly(Map.entry("c1", 3), Map.entry("c3", 2), Map.entry("c4", 1));
    assertThat(involvement.children("a", "b"))
        .containsExactly(Map.entry("c1", 3), Map.entry("c3", 2));
    assertThat(involvement.children("b", "c")).containsExactly(Map.entry("c1", 3));
    assertThat(involvement.children("a", "d")).isEmpty();
  }
}
