package org.sgnet.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The agency network built from the store's counts: weights, silos and agencies' children. */
class AgencyNetworkTest {

  private static final LocalDate D = LocalDate.of(2024, 3, 28);
  private static final List<AgencyNetwork.Named> AGENCIES =
      List.of(
          new AgencyNetwork.Named("a", "Agency A", "HEALTH"),
          new AgencyNetwork.Named("b", "Agency B", "POLICE"),
          new AgencyNetwork.Named("c", "Agency C", "EDUCATION"),
          new AgencyNetwork.Named("d", "Agency D", "OTHER"));

  private static AgencyNetwork network(
      Map<List<String>, Long> counts, Map<List<String>, Long> events) {
    return AgencyNetwork.of(D, 90, 3, 300, AGENCIES, counts, events);
  }

  @Test
  void shouldMarkAPairSharingAtLeastTheThresholdWithoutCoordinationAsASilo() {
    AgencyNetwork n =
        network(
            Map.of(
                List.of("a", "b"), 3L,
                List.of("a", "c"), 5L,
                List.of("b", "c"), 2L),
            Map.of(List.of("a", "c"), 1L));

    assertThat(n.links())
        .containsExactly(
            new AgencyNetwork.Link("a", "b", 3, 0, true),
            new AgencyNetwork.Link("a", "c", 5, 1, false),
            new AgencyNetwork.Link("b", "c", 2, 0, false));
  }

  @Test
  void shouldKeepPairsThatOnlyCoordinatedWithNoSharedChildren() {
    AgencyNetwork n = network(Map.of(), Map.of(List.of("c", "d"), 4L));

    assertThat(n.links()).containsExactly(new AgencyNetwork.Link("c", "d", 0, 4, false));
  }

  @Test
  void shouldGiveEveryAgencyItsOwnChildrenAndZeroWhenItHasNone() {
    AgencyNetwork n =
        network(
            Map.of(List.of("a", "a"), 7L, List.of("b", "b"), 2L, List.of("a", "b"), 2L), Map.of());

    assertThat(n.agencies())
        .extracting(AgencyNetwork.Agency::id, AgencyNetwork.Agency::children)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a", 7L),
            org.assertj.core.groups.Tuple.tuple("b", 2L),
            org.assertj.core.groups.Tuple.tuple("c", 0L),
            org.assertj.core.groups.Tuple.tuple("d", 0L));
    // An agency's own count is not a pair.
    assertThat(n.links()).extracting(AgencyNetwork.Link::a).containsExactly("a");
  }

  @Test
  void shouldFollowTheConfiguredThreshold() {
    Map<List<String>, Long> counts = Map.of(List.of("a", "b"), 3L);

    assertThat(AgencyNetwork.of(D, 90, 4, 300, AGENCIES, counts, Map.of()).links().get(0).silo())
        .isFalse();
    assertThat(AgencyNetwork.of(D, 90, 1, 300, AGENCIES, counts, Map.of()).links().get(0).silo())
        .isTrue();
  }
}
