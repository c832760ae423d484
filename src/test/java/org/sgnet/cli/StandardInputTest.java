package org.sgnet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgnet.SgnetException;

/** The first line of standard input as the commands that take a secret read it. */
class StandardInputTest {

  @TempDir Path dir;

  private final InputStream original = System.in;

  @AfterEach
  void restore() {
    System.setIn(original);
  }

  private static void given(String input) {
    System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void shouldReturnTheFirstLineWithoutItsLineEnd() throws Exception {
    given("correct horse battery staple\r\nsecond line\n");

    assertThat(StandardInput.firstLine("password")).isEqualTo("correct horse battery staple");
  }

  @Test
  void shouldRefuseAnEmptyInputNamingWhatWasMissing() {
    given("");

    SgnetException e =
        catchThrowableOfType(SgnetException.class, () -> StandardInput.firstLine("secret"));

    assertThat(e.kind()).isEqualTo(SgnetException.Kind.INVALID_INPUT);
    assertThat(e).hasMessage("no secret on standard input");
  }

  @Test
  void shouldRefuseAnEmptyFirstLine() {
    given("\nthe-password-on-the-second-line\n");

    SgnetException e =
        catchThrowableOfType(SgnetException.class, () -> StandardInput.firstLine("password"));

    assertThat(e).hasMessage("no password on standard input");
  }

  @Test
  void shouldAddAUserWithThePasswordOnStandardInput() {
    given("a-long-enough-password\n");

    CliRun run =
        CliRun.of("user", "add", "ana", "--role", "ANALYST", "--password-stdin", "--db", db());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Added ana (ANALYST) in ").doesNotContain("a-long-enough");
  }

  @Test
  void shouldRefuseToAddAUserWithoutAPasswordOnStandardInput() {
    given("");

    CliRun run =
        CliRun.of("user", "add", "ana", "--role", "ANALYST", "--password-stdin", "--db", db());

    assertThat(run.code()).isEqualTo(Sgnet.INVALID_INPUT);
    assertThat(run.err()).contains("sgnet: no password on standard input");
  }

  private String db() {
    return dir.resolve("db").toString();
  }
}
