package org.sgnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, item 2: {@code sgnet import} into a store on a disk too small for the bundle. The store
 * lives on a tmpfs of its own, shrunk after a first import to a few MiB more than it holds; the
 * second, larger import must fail with one line that says the disk is full and names the store,
 * leave the store exporting byte for byte what it did before, and once space is freed a further
 * import and an analysis must work.
 *
 * <p>Making a filesystem needs root ({@code mount -t tmpfs}); where it cannot be made, the test is
 * skipped with the reason. The larger bundle has 2,000 children (some 80,000 rows); {@code
 * -Dsgnet.fulldisk.children=N} makes it larger.
 */
class ImportFullDiskIT {

  /** Room for the store's two preallocated transaction logs (256 MiB each) and its files. */
  private static final long FIRST_SIZE_MIB = 1024;

  /** What is left free after the first import: far less than the larger bundle needs. */
  private static final long HEADROOM_MIB = 40;

  @TempDir static Path home;
  private static Path mount;

  @BeforeAll
  static void mountSmallFilesystem() throws Exception {
    mount = home.resolve("small-disk");
    Files.createDirectories(mount);
    String failure =
        run(
            "mount",
            "-t",
            "tmpfs",
            "-o",
            "size=" + FIRST_SIZE_MIB + "m",
            "tmpfs",
            mount.toString());
    Assumptions.assumeTrue(
        failure == null,
        () -> "ImportFullDiskIT skipped: cannot make a small filesystem (needs root): " + failure);
  }

  @AfterAll
  static void unmount() throws Exception {
    if (mount != null) {
      // Lazily, so that a JVM of a failed test still holding a file cannot keep it mounted.
      run("umount", "-l", mount.toString());
    }
  }

  @Test
  void shouldRefuseAnImportThatWouldFillTheDiskAndLeaveTheStoreAsItWas() throws Exception {
    Path db = mount.resolve("db");
    Jar.succeed(home, "import", "src/main/resources/demo/child-j", "--db", db.toString());
    Path before = home.resolve("before.json");
    export(db, before);

    int children = Integer.getInteger("sgnet.fulldisk.children", 2000);
    Path large = generate("large", children, 11);
    resize(usedMib() + HEADROOM_MIB);

    Jar.Result refused = Jar.run(home, "import", large.toString(), "--db", db.toString());
    System.out.printf(
        "ImportFullDiskIT: %d children into a disk with %d MiB free: exit %d, %s%n",
        children, HEADROOM_MIB, refused.exitCode(), refused.err().strip());
    assertThat(refused.exitCode()).isEqualTo(Sgnet.FAILURE);
    assertThat(refused.err())
        .contains("the disk holding the store " + db.toAbsolutePath())
        .contains("full")
        .contains("nothing was imported")
        .doesNotContain("\tat ")
        .doesNotContain("Exception");
    assertThat(refused.out()).doesNotContain("Imported");

    Path after = home.resolve("after.json");
    export(db, after);
    assertThat(Files.mismatch(before, after))
        .as("the store exports what it did before")
        .isEqualTo(-1);

    resize(usedMib() + 400);
    Path small = generate("small", 5, 12);
    assertThat(Jar.succeed(home, "import", small.toString(), "--db", db.toString()).out())
        .contains("Imported");
    Jar.succeed(home, "analyse", "--db", db.toString());
  }

  private static Path generate(String name, int children, int seed) throws Exception {
    Path out = home.resolve(name);
    Jar.succeed(
        home, "generate", "--children", "" + children, "--seed", "" + seed, "--out", "" + out);
    return out;
  }

  private static void export(Path db, Path out) throws Exception {
    Jar.succeed(home, "export", "--format", "json", "--db", db.toString(), "--out", "" + out);
  }

  private static long usedMib() throws IOException {
    var store = Files.getFileStore(mount);
    return (store.getTotalSpace() - store.getUnallocatedSpace()) >> 20;
  }

  /** A tmpfs takes a new size while mounted, down to what it holds. */
  private static void resize(long mib) throws Exception {
    String failure = run("mount", "-o", "remount,size=" + mib + "m", mount.toString());
    assertThat(failure).as("resizing the tmpfs").isNull();
  }

  /** Runs a command; null when it succeeded, else what it printed. */
  private static String run(String... command) throws Exception {
    Process p;
    try {
      p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
    } catch (IOException notThere) {
      return notThere.getMessage();
    }
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return String.join(" ", command) + " did not finish in 30 s";
    }
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    return p.exitValue() == 0 ? null : "exit " + p.exitValue() + ": " + output;
  }
}
