package org.sgnet.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sgnet.SgnetException;

/** The dates of a trend and the spans it refuses, without a store. */
class TrendsTest {

  @ParameterizedTest(name = "{2} from {0} to {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2025-01-01 | 2025-12-31 | month   | 2025-01-31 2025-02-28 2025-03-31 2025-04-30 2025-05-31 2025-06-30 2025-07-31 2025-08-31 2025-09-30 2025-10-31 2025-11-30 2025-12-31
          2025-01-15 | 2025-03-02 | month   | 2025-01-31 2025-02-28 2025-03-31
          2024-02-29 | 2024-02-29 | month   | 2024-02-29
          2024-01-31 | 2024-03-01 | month   | 2024-01-31 2024-02-29 2024-03-31
          2025-12-30 | 2026-01-02 | day     | 2025-12-30 2025-12-31 2026-01-01 2026-01-02
          2025-12-29 | 2026-01-12 | week    | 2026-01-04 2026-01-11 2026-01-18
          2025-06-01 | 2025-06-01 | week    | 2025-06-01
          2025-02-10 | 2025-11-30 | quarter | 2025-03-31 2025-06-30 2025-09-30 2025-12-31
          2024-12-31 | 2025-01-01 | quarter | 2024-12-31 2025-03-31
          """)
  void shouldEndEachStepOnItsLastDayFromTheStepOfFromToTheStepOfTo(
      String from, String to, String step, String expected) {
    assertThat(Trends.dates(LocalDate.parse(from), LocalDate.parse(to), Step.parse(step)))
        .containsExactlyElementsOf(
            Arrays.stream(expected.split(" ")).map(LocalDate::parse).toList());
  }

  @ParameterizedTest(name = "{1} steps of a {2} back from {0}")
  @CsvSource({
    "2025-12-31, 11, month, 2025-01-31",
    "2025-03-15, 2, month, 2025-01-31",
    "2025-12-31, 0, month, 2025-12-31",
    "2025-05-20, 1, quarter, 2025-03-31",
    "2025-01-01, 3, day, 2024-12-29",
    "2025-01-01, 1, week, 2024-12-29"
  })
  void shouldGoBackWholeStepsForTheDefaultFrom(String date, int steps, String step, String end) {
    assertThat(Step.parse(step).back(LocalDate.parse(date), steps)).isEqualTo(end);
  }

  @Test
  void shouldTakeTwelvePointsByDefaultWhenOnlyToIsKnown() {
    LocalDate to = LocalDate.parse("2025-12-15");
    List<LocalDate> dates =
        Trends.dates(Step.MONTH.back(to, Trends.DEFAULT_STEPS - 1), to, Step.MONTH);
    assertThat(dates).hasSize(12).endsWith(LocalDate.parse("2025-12-31"));
  }

  @Test
  void shouldRefuseFromAfterToNamingBoth() {
    assertThatThrownBy(
            () ->
                Trends.dates(
                    LocalDate.parse("2025-02-01"), LocalDate.parse("2025-01-31"), Step.DAY))
        .isInstanceOf(SgnetException.class)
        .hasMessage("from: 2025-02-01 is after to: 2025-01-31")
        .extracting(e -> ((SgnetException) e).kind())
        .isEqualTo(SgnetException.Kind.INVALID_INPUT);
  }

  @Test
  void shouldAcceptAHundredAndTwentyStepsAndRefuseOneMore() {
    LocalDate from = LocalDate.parse("2016-01-01");
    assertThat(Trends.dates(from, LocalDate.parse("2025-12-31"), Step.MONTH)).hasSize(120);
    assertThatThrownBy(() -> Trends.dates(from, LocalDate.parse("2026-01-01"), Step.MONTH))
        .isInstanceOf(SgnetException.class)
        .hasMessageContaining("more than 120 steps of a month");
    assertThatThrownBy(() -> Trends.dates(from, LocalDate.parse("9999-12-31"), Step.DAY))
        .hasMessageContaining("more than 120 steps of a day");
  }

  @Test
  void shouldRefuseAnUnknownStepNamingTheStepsThereAre() {
    assertThat(Step.parse(" Quarter ")).isEqualTo(Step.QUARTER);
    assertThatThrownBy(() -> Step.parse("year"))
        .isInstanceOf(SgnetException.class)
        .hasMessage("step: unknown step 'year'; use day, week, month, quarter");
  }
}
