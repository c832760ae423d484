package org.sgnet.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameReplacerTest {

  private final NameReplacer names =
      new NameReplacer(
          Map.of(
              "Child J", "Child A",
              "Child JK", "Child B",
              "Sam Okafor", "Professional 7",
              "Al", "Adult C",
              " ", "never"));

  @Test
  void shouldReplaceEveryOccurrenceOfEveryName() {
    assertThat(names.replace("Sam Okafor saw Child J; Child J asked Sam Okafor."))
        .isEqualTo("Professional 7 saw Child A; Child A asked Professional 7.");
  }

  @Test
  void shouldPreferTheLongestNameBeginningAtAPosition() {
    assertThat(names.replace("Child JK and Child J")).isEqualTo("Child B and Child A");
  }

  @Test
  void shouldReplaceNamesShorterThanTheIndexedPrefixAndNamesAtTheEnds() {
    assertThat(names.replace("Al")).isEqualTo("Adult C");
    assertThat(names.replace("Al met Child J")).isEqualTo("Adult C met Child A");
  }

  @Test
  void shouldLeaveATextWithoutNamesAsItIsAndIgnoreBlankNames() {
    String text = "no one named here";
    assertThat(names.replace(text)).isSameAs(text);
    assertThat(names.replace("")).isEmpty();
  }

  @Test
  void shouldNotCodeACodeAgain() {
    // "Child A" is a code here and also a name: what was put in is not read again.
    NameReplacer chained = new NameReplacer(Map.of("Child J", "Child A", "Child A", "Child Z"));
    assertThat(chained.replace("Child J")).isEqualTo("Child A");
  }

  @Test
  void shouldFindTheRightNameAmongThousandsSharingTheirFirstCharacters() {
    Map<String, String> many = new HashMap<>();
    for (int i = 0; i < 10_000; i++) {
      many.put("Person " + i, "Adult " + i);
    }
    NameReplacer big = new NameReplacer(many);
    assertThat(big.replace("Person 4242 saw Person 42 and Person 9999."))
        .isEqualTo("Adult 4242 saw Adult 42 and Adult 9999.");
  }

  @ParameterizedTest
  @CsvSource({
    "'Child C asked (e1) and e10 followed.', 'Child C asked (Event 1) and Event 2 followed.'",
    "'e1, then e1.', 'Event 1, then Event 1.'",
    "'re1 e1x e1-2 e1_3 2024-01-15', 're1 e1x e1-2 e1_3 2024-01-15'",
    "'1 on 2024-01-15', 'Event 3 on 2024-01-15'",
  })
  void shouldReplaceIdsOnlyAsWholeWords(String text, String coded) {
    NameReplacer ids =
        new NameReplacer(Map.of("e1", "Event 1", "e10", "Event 2", "1", "Event 3"), true);

    assertThat(ids.replace(text)).isEqualTo(coded);
  }
}
