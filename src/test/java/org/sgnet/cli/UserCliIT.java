package org.sgnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sgnet user list|unlock|revoke} on a users file holding a line of the old three-field form
 * and a user locked out after failed logins, as the packaged jar runs them.
 */
class UserCliIT {

  @TempDir Path home;

  @Test
  void shouldListTheLockAndLetAnAdministratorUnlockAndRevokeFromTheCommandLine() throws Exception {
    Path db = home.resolve("db");
    Files.createDirectories(db);
    String hash =
        new String(
            BCrypt.withDefaults().hash(4, "a-long-password-1".toCharArray()),
            StandardCharsets.UTF_8);
    long until = Instant.now().plusSeconds(900).getEpochSecond();
    Path file = db.resolve("users");
    Files.writeString(
        file, "old:ANALYST:" + hash + "\n" + "locked:TOOL:" + hash + ":" + until + ":3\n");

    Jar.Result list = Jar.run(home, "user", "list", "--db", db.toString());
    assertThat(list.exitCode()).as(list.err()).isZero();
    assertThat(list.out())
        .containsPattern("locked +TOOL +locked until " + Instant.ofEpochSecond(until))
        .containsPattern("(?m)^old +ANALYST$");

    Jar.Result unlock = Jar.run(home, "user", "unlock", "locked", "--db", db.toString());
    assertThat(unlock.exitCode()).as(unlock.err()).isZero();
    assertThat(unlock.out()).contains("Unlocked locked");
    Jar.Result revoke = Jar.run(home, "user", "revoke", "old", "--db", db.toString());
    assertThat(revoke.exitCode()).as(revoke.err()).isZero();

    List<String> lines = Files.readAllLines(file);
    assertThat(lines).contains("locked:TOOL:" + hash + ":-:3", "old:ANALYST:" + hash + ":-:1");
    assertThat(Jar.run(home, "user", "list", "--db", db.toString()).out())
        .doesNotContain("locked until");

    Jar.Result nobody = Jar.run(home, "user", "unlock", "nobody", "--db", db.toString());
    assertThat(nobody.exitCode()).isEqualTo(2);
    assertThat(nobody.err()).contains("no user is called nobody");
  }
}
