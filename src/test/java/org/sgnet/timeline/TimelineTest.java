package org.sgnet.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

  private static final LocalDate AS_OF = LocalDate.of(2024, 3, 28);

  @Test
  void shouldStartTheWindowSoThatItHoldsExactlyItsDaysEndingOnTheDate() {
    assertThat(new Timeline("c", AS_OF, 1, List.of()).windowStart()).isEqualTo(AS_OF);
    // 90 days ending on 28 March 2024 (a leap year) start on 30 December 2023, as the rules count.
    assertThat(new Timeline("c", AS_OF, 90, List.of()).windowStart())
        .isEqualTo(LocalDate.of(2023, 12, 30));
  }

  @Test
  void shouldRefuseAnEmptyWindowOrAStartThatDisagreesWithIt() {
    assertThatThrownBy(() -> new Timeline("c", AS_OF, 0, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Timeline("c", AS_OF, 90, AS_OF.minusDays(90), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
