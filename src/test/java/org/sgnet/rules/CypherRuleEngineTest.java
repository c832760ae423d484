package org.sgnet.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CypherRuleEngineTest {

  private static final long GIB = 1L << 30;

  /**
   * The generated networks of the benchmarks: M (30,000 children) has 901,545 events, L (400,000
   * children) 11,993,407; L ran two at a time with a 16 GiB heap.
   */
  @ParameterizedTest(name = "{1} events with a {0} GiB heap: two at a time {2}")
  @CsvSource({
    "16, 11993407, true",
    "12, 11993407, false",
    "8, 11993407, false",
    "6, 901545, true",
    "1, 901545, false",
    "2, 901545, true"
  })
  void shouldRunTwoStatementsAtATimeOnlyWhileTheHeapHoldsEnoughPerEvent(
      long heapGib, long events, boolean twoAtATime) {
    assertThat(events <= CypherRuleEngine.sideBySideMaxEvents(heapGib * GIB)).isEqualTo(twoAtATime);
  }

  @ParameterizedTest(name = "{1} events with a {0} GiB heap: the projection beside {2}")
  @CsvSource({"16, 11993407, false", "32, 11993407, true", "6, 901545, true", "2, 901545, false"})
  void shouldLoadTheProjectionBesideTheStatementsOnlyWithRoomForBoth(
      long heapGib, long events, boolean beside) {
    assertThat(events <= CypherRuleEngine.besideMaxEvents(heapGib * GIB)).isEqualTo(beside);
  }
}
