package org.sgnet.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TallyTest {

  @Test
  void shouldGiveNearestRankPercentiles() {
    long[] sorted = new long[100];
    for (int i = 0; i < 100; i++) {
      sorted[i] = i + 1;
    }
    assertThat(Tally.percentile(sorted, 50)).isEqualTo(50);
    assertThat(Tally.percentile(sorted, 99)).isEqualTo(99);
    assertThat(Tally.percentile(new long[] {7}, 99)).isEqualTo(7);
    assertThat(Tally.percentile(new long[0], 50)).isZero();
  }

  @Test
  void shouldCountEveryAnswerOutside2xxAndNoAnswerAsErrors() {
    Tally tally = new Tally();
    tally.record(200, 3_000_000);
    tally.record(204, 1_000_000);
    tally.record(503, 2_000_000);
    tally.record(503, 2_000_000);
    tally.record(Tally.NO_ANSWER, 60_000_000_000L);
    Tally.Summary s = tally.summary("POST /api/cypher");
    assertThat(s.count()).isEqualTo(5);
    assertThat(s.errorCount()).isEqualTo(3);
    assertThat(s.p50()).isEqualTo(2_000_000);
    assertThat(s.max()).isEqualTo(60_000_000_000L);
    assertThat(LoadReport.errors(s.errors())).isEqualTo("no answer×1, 503×2");
  }

  @Test
  void shouldReportPerEndpointAndInTotal() {
    Tally ok = new Tally();
    for (int i = 1; i <= 10; i++) {
      ok.record(200, i * 1_000_000L);
    }
    LoadReport report = new LoadReport(List.of(ok.summary("GET /api/findings")), 2_000_000_000L);
    StringWriter out = new StringWriter();
    report.print(new PrintWriter(out));
    assertThat(out.toString())
        .contains("| `GET /api/findings` | 10 | 5.0 | 5.0 | 9.0 | 10 | 10 | none |")
        .contains("total: 10 requests in 2.0 s, 5.0 requests/s, 0 errors");
    assertThat(report.errors()).isZero();
  }
}
