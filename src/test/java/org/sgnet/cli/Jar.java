package org.sgnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged {@code target/sgnet.jar} as a user would, through its start script, in its own
 * JVM. Public for the tests of other packages that need a running server (the notebooks).
 */
public final class Jar {

  /** What a finished run gave. */
  public record Result(int exitCode, String out, String err) {}

  private Jar() {}

  public static Path path() {
    Path jar = Path.of(System.getProperty("sgnet.jar", "target/sgnet.jar"));
    assertThat(jar).as("the packaged jar (run through 'mvnw verify')").exists();
    return jar;
  }

  /** The start script the build writes beside the jar. */
  public static Path script() {
    Path script = path().resolveSibling("sgnet");
    assertThat(script).as("the start script (run through 'mvnw verify')").isExecutable();
    return script;
  }

  /** Runs sgnet through its start script, as the README says, with this JVM and a 1 GiB heap. */
  public static ProcessBuilder command(Path home, String... args) {
    List<String> command = new ArrayList<>();
    command.add(script().toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().put("JAVA_OPTS", "-Xmx1g");
    // A private home so that the default store never lands in the real user's directory.
    pb.environment().put("HOME", home.toString());
    pb.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
    pb.environment().remove("SGNET_STORE_URI");
    return pb;
  }

  /** Runs the jar to completion with standard input closed. */
  public static Result run(Path home, String... args) throws IOException, InterruptedException {
    return run(home, java.util.Map.of(), args);
  }

  /** Runs the jar to completion with standard input closed and these environment variables. */
  public static Result run(Path home, java.util.Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile(home, "out", ".txt");
    Path err = Files.createTempFile(home, "err", ".txt");
    ProcessBuilder pb = command(home, args);
    pb.environment().putAll(env);
    Process p = start(pb, out, err);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("sgnet " + String.join(" ", args) + " did not finish in 120 s");
    }
    return new Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /**
   * Starts the jar with standard input closed and its output going to files, and returns at once:
   * for a test that must stop it at a moment of its choosing (the crash tests kill it).
   */
  public static Process launch(Path home, Path out, Path err, String... args) throws IOException {
    return start(command(home, args), out, err);
  }

  private static Process start(ProcessBuilder pb, Path out, Path err) throws IOException {
    return pb.redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .start();
  }

  /** A started server and the first line it printed that starts with the prefix. */
  public record Server(Process process, String line, List<String> before) implements AutoCloseable {
    @Override
    public void close() throws InterruptedException {
      if (!stop()) {
        process.destroyForcibly();
      }
    }

    /** Sends SIGTERM (as Ctrl-C would) and returns whether the server stopped within 30 s. */
    public boolean stop() throws InterruptedException {
      process.destroy();
      return process.waitFor(30, TimeUnit.SECONDS);
    }

    /** The password printed for a demo user, such as {@code analyst}. */
    public String password(String user) {
      return before.stream()
          .map(String::strip)
          .filter(l -> l.startsWith(user + " / "))
          .map(l -> l.substring(user.length() + 3).split(" ")[0])
          .findFirst()
          .orElseThrow(() -> new AssertionError("no password printed for " + user + ": " + before));
    }

    /** The URL the server printed, such as {@code http://127.0.0.1:34567}. */
    public String url() {
      String rest = line.substring(line.indexOf("http://"));
      return rest.substring(0, rest.indexOf(' '));
    }
  }

  /** Starts a long-running command and waits until it prints a line starting with prefix. */
  public static Server start(Path home, String prefix, String... args) throws IOException {
    return start(home, java.util.Map.of(), prefix, args);
  }

  /** The same, with more environment variables (such as {@code SGNET_QUERY_TIMEOUT}). */
  public static Server start(
      Path home, java.util.Map<String, String> environment, String prefix, String... args)
      throws IOException {
    ProcessBuilder pb = command(home, args);
    pb.environment().putAll(environment);
    Process p = pb.redirectError(home.resolve("server-err.txt").toFile()).start();
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    String line;
    List<String> before = new ArrayList<>();
    while ((line = reader.readLine()) != null) {
      if (!line.startsWith(prefix)) {
        before.add(line);
      } else {
        Thread drain =
            new Thread(
                () -> {
                  try {
                    while (reader.readLine() != null) {
                      // Keep the pipe empty so that the server never blocks on output.
                    }
                  } catch (IOException e) {
                    // The server stopped.
                  }
                });
        drain.setDaemon(true);
        drain.start();
        return new Server(p, line, List.copyOf(before));
      }
      if (System.nanoTime() > deadline) {
        break;
      }
    }
    p.destroyForcibly();
    throw new AssertionError(
        "sgnet "
            + String.join(" ", args)
            + " did not print '"
            + prefix
            + "'; stderr: "
            + Files.readString(home.resolve("server-err.txt")));
  }

  /** Runs a command that must succeed, and returns what it printed. */
  public static Result succeed(Path home, String... args) throws Exception {
    Result r = run(home, args);
    assertThat(r.exitCode()).as("sgnet %s: %s", String.join(" ", args), r.err()).isZero();
    return r;
  }
}
