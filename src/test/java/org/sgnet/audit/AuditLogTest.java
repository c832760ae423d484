package org.sgnet.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sgnet.SgnetException;

class AuditLogTest {

  @TempDir Path dir;
  Path file;

  @BeforeEach
  void writeFiveLines() {
    file = dir.resolve("audit.log");
    try (AuditLog log = new AuditLog(file)) {
      for (int i = 1; i <= 5; i++) {
        log.append(entry("/api/children/c" + i + "/network", i == 3 ? 403 : 200));
      }
    }
  }

  static AuditEntry entry(String path, int status) {
    return new AuditEntry(
        Instant.parse("2026-01-01T10:00:00Z"),
        "ana",
        List.of("ANALYST"),
        "GET",
        "/api/children/{id}/network",
        path,
        null,
        Map.of("asOf", "2024-01-01", "q", "***"),
        status,
        status != 401 && status != 403,
        3L,
        null,
        null);
  }

  @Test
  void shouldKeepWritingWhenAWritingThreadIsInterrupted() {
    try (AuditLog log = new AuditLog(file)) {
      Thread.currentThread().interrupt();
      try {
        log.append(entry("/api/token", 401));
      } finally {
        assertThat(Thread.interrupted()).as("the interrupt is left for its owner").isTrue();
      }
      log.append(entry("/api/agencies", 200));
    }
    assertThat(AuditLog.verify(file).intact()).isTrue();
    assertThat(AuditLog.verify(file).lines()).isEqualTo(7);
  }

  @Test
  void shouldWriteAnEventAfterTheTimeAndKeepTheChainIntact() throws Exception {
    try (AuditLog log = new AuditLog(file)) {
      AuditEntry e = entry("/api/token", 429);
      log.append(
          new AuditEntry(
              e.time(),
              e.user(),
              e.roles(),
              "POST",
              "/api/token",
              "/api/token",
              null,
              Map.of("until", "2026-01-01T10:15:00Z"),
              429,
              false,
              null,
              null,
              "lockout"));
    }
    String last = java.nio.file.Files.readAllLines(file).get(5);
    assertThat(last)
        .startsWith("{\"seq\":6,\"time\":\"2026-01-01T10:00:00Z\",\"event\":\"lockout\",");
    assertThat(last).contains("\"outcome\":\"denied\"");
    assertThat(AuditLog.verify(file).intact()).isTrue();
    assertThat(AuditLog.verify(file).lines()).isEqualTo(6);
  }

  @Test
  void shouldFindAnUntouchedLogIntact() {
    AuditLog.Verification v = AuditLog.verify(file);

    assertThat(v.intact()).isTrue();
    assertThat(v.lines()).isEqualTo(5);
  }

  @Test
  void shouldContinueTheChainWhenReopened() {
    try (AuditLog log = new AuditLog(file)) {
      assertThat(log.append(entry("/x", 200))).isEqualTo(6);
    }
    assertThat(AuditLog.verify(file).intact()).isTrue();
  }

  @Test
  void shouldRecordWhoWhatAndTheOutcomeOnEachLine() throws IOException {
    List<String> lines = Files.readAllLines(file);

    assertThat(lines.get(2))
        .startsWith("{\"seq\":3,")
        .contains("\"user\":\"ana\"", "\"route\":\"/api/children/{id}/network\"")
        .contains("\"outcome\":\"denied\"", "\"status\":403", "\"q\":\"***\"");
    assertThat(lines.get(0)).contains("\"prev\":\"" + "0".repeat(64) + "\"");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "an edited user,         3",
    "an edited status,       2",
    "a removed line,         2",
    "two swapped lines,      2",
    "a removed last line,    5",
    "an appended forgery,    6",
  })
  void shouldNameTheFirstBadLineOfATamperedLog(String tampering, long firstBad) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    switch (tampering) {
      case "an edited user" -> lines.set(2, lines.get(2).replace("\"ana\"", "\"bob\""));
      case "an edited status" ->
          lines.set(1, lines.get(1).replace("\"status\":200", "\"status\":201"));
      case "a removed line" -> lines.remove(1);
      case "two swapped lines" -> Collections.swap(lines, 1, 2);
      case "a removed last line" -> lines.remove(4);
      case "an appended forgery" -> lines.add(lines.get(4).replace("\"seq\":5", "\"seq\":6"));
      default -> throw new IllegalArgumentException(tampering);
    }
    Files.write(file, lines, StandardCharsets.UTF_8);

    AuditLog.Verification v = AuditLog.verify(file);

    assertThat(v.intact()).isFalse();
    assertThat(v.badLine()).isEqualTo(firstBad);
  }

  @Test
  void shouldAcceptAndRepairAHeadLeftOneLineBehindByAKilledAppend() throws IOException {
    Path head = AuditLog.headOf(file);
    String afterFive = Files.readString(head);
    try (AuditLog log = new AuditLog(file)) {
      log.append(entry("/x", 200));
    }
    // A kill between writing line 6 and replacing the head leaves the head at line 5.
    Files.writeString(head, afterFive);

    AuditLog.Verification v = AuditLog.verify(file);

    assertThat(v.intact()).isTrue();
    assertThat(v.lines()).isEqualTo(6);
    try (AuditLog log = new AuditLog(file)) {
      assertThat(Files.readString(head)).as("opening brings the head up to date").startsWith("6 ");
      assertThat(log.append(entry("/y", 200))).isEqualTo(7);
    }
    assertThat(AuditLog.verify(file).intact()).isTrue();
  }

  @Test
  void shouldStillReportLinesRemovedFromTheEndWhenTheHeadIsTwoAhead() throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    Files.write(file, lines.subList(0, 3), StandardCharsets.UTF_8);

    AuditLog.Verification v = AuditLog.verify(file);

    assertThat(v.intact()).isFalse();
    assertThat(v.badLine()).isEqualTo(4);
    assertThat(v.reason()).contains("records 5 lines");
  }

  @Test
  void shouldNeverLeaveTheHeadEmptyOrAFileBesideIt() throws IOException {
    try (AuditLog log = new AuditLog(file)) {
      log.append(entry("/x", 200));
    }
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("audit.log", "audit.log.head");
    }
    assertThat(Files.readString(AuditLog.headOf(file)).strip()).matches("6 [0-9a-f]{64}");
  }

  @Test
  void shouldRefuseToAppendToADamagedLog() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.set(0, lines.get(0).replace("GET", "PUT"));
    Files.write(file, lines, StandardCharsets.UTF_8);

    assertThatThrownBy(() -> new AuditLog(file))
        .isInstanceOf(SgnetException.class)
        .hasMessageContaining("damaged at line 1");
  }
}
