package org.sgnet.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class OddsTest {

  @Test
  void shouldBuildTheDefaultOdds() {
    assertThat(Odds.DEFAULT.window().days()).isEqualTo(90);
    assertThat(Odds.DEFAULT.household().siblingGroup().total()).isEqualTo(10);
    assertThat(Odds.DEFAULT.routine().entries().total()).isEqualTo(90);
  }

  @Test
  void shouldRefuseAProbabilityOutsideZeroToOne() {
    assertThatThrownBy(() -> new Odds.Siblings(0.5, 0.5, 1.5, 0.3, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contactApart");
    assertThatThrownBy(() -> new Odds.Ethnicity(Double.NaN, 0.1, new Span(1, 3), 0.3, 0.15))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldWalkTheWeightsInOrder() {
    Weighted<String> w = new Weighted<>(List.of("a", "b", "c"), new int[] {4, 3, 3});

    assertThat(w.total()).isEqualTo(10);
    assertThat(List.of(w.at(0), w.at(3), w.at(4), w.at(6), w.at(7), w.at(9)))
        .containsExactly("a", "a", "b", "b", "c", "c");
    assertThatThrownBy(() -> new Weighted<>(List.of("a"), new int[] {0}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRefuseAnEmptySpan() {
    assertThatThrownBy(() -> new Span(3, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new Span(5, 16).contains(16)).isTrue();
  }
}
