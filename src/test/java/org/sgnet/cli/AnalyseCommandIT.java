package org.sgnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgnet.SharedStore;
import org.sgnet.rules.DemoBundleCsv;
import org.sgnet.store.BundleImporter;
import org.sgnet.store.ImportProgress;

/**
 * {@code sgnet analyse} as users run it (the packaged jar), on the demo imported into the shared
 * store and reached with {@code --uri}.
 */
class AnalyseCommandIT {

  @TempDir static Path home;

  @BeforeAll
  static void importDemo() {
    new BundleImporter(SharedStore.clear(), 1000)
        .importBundle(DemoBundleCsv.childJ(), ImportProgress.NONE);
  }

  private static Jar.Result analyse(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("analyse", "--uri", SharedStore.get().boltUri()));
    all.addAll(List.of(args));
    ProcessBuilder pb = Jar.command(home, all.toArray(String[]::new));
    pb.environment().put("SGNET_STORE_USERNAME", "neo4j");
    pb.environment().put("SGNET_STORE_PASSWORD", SharedStore.password());
    Path out = Files.createTempFile(home, "out", ".txt");
    Path err = Files.createTempFile(home, "err", ".txt");
    Process p =
        pb.redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
    return new Jar.Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void shouldPrintTheSpecsJsonDocument() throws Exception {
    Jar.Result r = analyse("--format", "json", "--engine", "jgrapht");

    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("asOf").asText()).isEqualTo("2024-03-28");
    assertThat(doc.get("windowDays").asInt()).isEqualTo(90);
    assertThat(doc.get("findings")).hasSize(16);
    List<String> fields = new ArrayList<>();
    doc.get("findings").get(0).fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .containsExactly(
            "rule",
            "severity",
            "childIds",
            "agencyIds",
            "personIds",
            "message",
            "recommendation",
            "details");
    JsonNode gap = doc.get("findings").get(4);
    assertThat(gap.get("rule").asText()).isEqualTo("COORDINATION_GAP");
    assertThat(gap.get("details").get("brokers").isArray()).isTrue();
    assertThat(gap.get("message").asText()).contains("Child J");
  }

  @Test
  void shouldPrintATableOfOneChildWithEvidence() throws Exception {
    Jar.Result r = analyse("--child", "child-s", "--explain");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Findings as of 2024-03-28, window 90 days (2023-12-30 to 2024-03-28): 3")
        .contains("Child S (child-s)")
        .contains("Child J (child-j), Child S (child-s)")
        .contains("ETHNICITY_NOT_RECORDED")
        .contains("event: ev-0047");
  }

  @Test
  void shouldExitTwoWithAClearMessageOnBadOptions() throws Exception {
    Jar.Result window = analyse("--window", "0", "--rule", "NOT_SEEN_ALONE");
    assertThat(window.exitCode()).isEqualTo(2);
    assertThat(window.err()).contains("window must be a whole number of at least 1");
    Jar.Result rule = analyse("--rule", "NO_SUCH_RULE");
    assertThat(rule.exitCode()).isEqualTo(2);
    assertThat(rule.err()).contains("unknown rule 'NO_SUCH_RULE'");
  }
}
