package org.sgnet.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sgnet.network.Coordination;
import org.sgnet.network.Coordination.Professional;

class ChildMetricsTest {

  /**
   * a - b - c in a chain (a and b share agency X, b and c met), d alone at agency Y, e and f at
   * agency Z: three components, b is the only broker.
   */
  @Test
  void shouldFindComponentsBrokersAndBetweennessOfTheCoordinationGraph() {
    Coordination coordination =
        new Coordination(
            List.of(
                new Professional("a", "A", "X"),
                new Professional("b", "B", "X"),
                new Professional("c", "C", "W"),
                new Professional("d", "D", "Y"),
                new Professional("e", "E", "Z"),
                new Professional("f", "F", "Z")),
            List.of("Y", "X", "W", "Z", "V"),
            List.of(List.of("b", "c"), List.of("d", "not-involved")));

    ChildMetrics.Result result = new ChildMetrics("c1", coordination).result();

    assertThat(result.components())
        .containsExactly(List.of("a", "b", "c"), List.of("e", "f"), List.of("d"));
    assertThat(result.brokers()).containsExactly("b");
    assertThat(result.agencies()).containsExactly("V", "W", "X", "Y", "Z");
    // b is on the one shortest path between a and c: 1 of the 5·4/2 = 10 pairs of the others.
    assertThat(result.betweenness().get("b")).isCloseTo(0.1, within(1e-9));
    assertThat(result.betweenness().get("a")).isCloseTo(0.0, within(1e-9));
    assertThat(result.professionals())
        .extracting(Professional::id)
        .containsExactly("a", "b", "c", "d", "e", "f");
  }

  @Test
  void shouldHaveNoComponentsForAChildWithoutProfessionals() {
    ChildMetrics.Result result =
        new ChildMetrics("c1", new Coordination(List.of(), List.of(), List.of())).result();

    assertThat(result.components()).isEmpty();
    assertThat(result.brokers()).isEmpty();
  }
}
