package org.sgnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recorded runs, triage and the feed from the command line (the packaged jar), on a store of its
 * own holding the demo.
 */
class RunsCommandIT {

  @TempDir Path home;

  private Jar.Result sgnet(String... args) throws Exception {
    String[] all = new String[args.length + 1];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--db=" + home.resolve("db");
    return Jar.run(home, all);
  }

  @Test
  void shouldRecordTriageAndFollowFindingsFromTheCommandLine() throws Exception {
    assertThat(sgnet("import", "src/main/resources/demo/child-j").exitCode()).isZero();

    Jar.Result partial = sgnet("analyse", "--record", "--child", "child-j");
    assertThat(partial.exitCode()).isEqualTo(2);
    assertThat(partial.err()).contains("--record cannot be combined with --child or --rule");

    Jar.Result recorded = sgnet("analyse", "--record", "--by", "ann", "--format", "json");
    assertThat(recorded.exitCode()).as(recorded.err()).isZero();
    assertThat(recorded.err()).contains("Recorded run-1: 16 findings, 16 opened");
    assertThat(recorded.out()).startsWith("{");

    String key = "NOT_SEEN_ALONE:child-j";
    Jar.Result noReason = sgnet("findings", "triage", key, "--status", "dismissed");
    assertThat(noReason.exitCode()).isEqualTo(2);
    assertThat(noReason.err()).contains("a dismissal needs a reason");
    Jar.Result dismissed =
        sgnet("findings", "triage", key, "--status", "dismissed", "--reason", "seen at school");
    assertThat(dismissed.exitCode()).as(dismissed.err()).isZero();

    Jar.Result listed = sgnet("findings", "--status", "dismissed");
    assertThat(listed.out()).contains("DISMISSED", key, "[seen at school]", "1 finding(s)");
    assertThat(sgnet("findings", "history", key).out())
        .contains("OPENED", "by ann (run-1)", "CHANGED", ": seen at school");
    Jar.Result page = sgnet("findings", "changes", "--after", "15", "--limit", "1");
    assertThat(page.out())
        .contains("    16  ", "next: 16 (more: sgnet findings changes --after 16)");
    assertThat(sgnet("runs", "list").out()).contains("run-1", "by ann: 16 findings (16 opened");
    Jar.Result newOnes = sgnet("analyse", "--new-since", "run-1");
    assertThat(newOnes.out()).contains("No findings.");
  }
}
