package org.sgnet.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A trend's steps read their projections from one loaded for the whole span. */
class ProjectionTest {

  /**
   * The projection of a monthly trend from 2025-01-31 to 2025-12-31 with a window of 90 days: as of
   * the last date, with a window reaching back to the first date's (334 + 90 days).
   */
  private static final Projection SPAN =
      new Projection(
          LocalDate.parse("2025-12-31"),
          424,
          Map.of("pro-1", "ag-1"),
          List.of(new Projection.TieRow("INVOLVED", "pro-1", "c1", null, null, null, false, false)),
          List.of(
              event("old-meeting", "2024-06-01", "MEETING"),
              event("jan-visit", "2025-01-15", "VISIT"),
              event("jan-meeting", "2025-01-20", "MEETING"),
              event("mar-visit", "2025-03-31", "VISIT"),
              event("apr-visit", "2025-04-01", "VISIT"),
              event("dec-visit", "2025-12-31", "VISIT")));

  @ParameterizedTest
  @CsvSource({
    // as of,     window, events held
    "2025-03-31,  90,     old-meeting jan-visit jan-meeting mar-visit",
    "2025-03-31,  30,     old-meeting jan-meeting mar-visit",
    "2025-04-01,  1,      old-meeting jan-meeting apr-visit",
    "2025-12-31,  424,    old-meeting jan-visit jan-meeting mar-visit apr-visit dec-visit",
    "2025-01-31,  30,     old-meeting jan-visit jan-meeting",
    "2025-01-01,  60,     old-meeting",
  })
  void shouldHoldWhatAProjectionLoadedAsOfTheStepWouldHold(
      LocalDate asOf, int window, String held) {
    Projection step = SPAN.within(asOf, window);

    assertThat(step.asOf()).isEqualTo(asOf);
    assertThat(step.windowDays()).isEqualTo(window);
    assertThat(step.events()).extracting(Projection.EventRow::id).containsExactly(held.split(" "));
    // A history type counts before the window; the rest only inside it.
    assertThat(step.ties()).isEqualTo(SPAN.ties());
    assertThat(step.agencyOf()).isEqualTo(SPAN.agencyOf());
  }

  @ParameterizedTest
  @CsvSource({
    // as of after the span's, or a window starting before the span's
    "2026-01-01, 30",
    "2025-01-01, 61",
    "2025-12-31, 425",
  })
  void shouldRefuseAStepItDoesNotHoldEveryEventOf(LocalDate asOf, int window) {
    assertThatThrownBy(() -> SPAN.within(asOf, window))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not hold one as of " + asOf);
  }

  private static Projection.EventRow event(String id, String date, String type) {
    return new Projection.EventRow(
        id, LocalDate.parse(date), type, "c1", "ag-1", "pro-1", List.of(), null, null, null, null);
  }
}
