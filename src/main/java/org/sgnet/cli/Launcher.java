package org.sgnet.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command in a second JVM that maps the class-data archive built beside the jar.
 *
 * <p>A fresh sgnet command loads about 24,000 classes (Neo4j, Micronaut, the driver) before it does
 * any work. The build makes a dynamic class-data sharing archive of them ({@code target/sgnet.jsa},
 * see {@link ClassDataTraining}); a JVM started with {@code -XX:SharedArchiveFile} maps them
 * already parsed and verified, which saves 3–4 s of a fresh {@code import} or {@code analyse} on a
 * 2-core machine. Java 17 takes the archive only from its command line, which a jar's manifest
 * cannot carry, so {@code java -jar sgnet.jar} starts the command in a second JVM with the archive,
 * passes it its own JVM options, standard streams and exit code, and stops it when it is stopped
 * itself.
 *
 * <p>The second JVM is skipped, and the command runs in the first, when there is nothing to gain or
 * the user has chosen: no archive beside the jar, an archive older than the jar (a rebuild without
 * one), classes run from a folder (tests, IDEs), JVM options that observe or debug the JVM, or
 * class-data options of the user's own ({@link #passesOn}), or {@code -Dsgnet.launcher=off}. If the
 * JVM cannot map the archive (the checkout moved, another JDK), it runs without it, silently; its
 * other warnings go to standard error, never into a command's output.
 */
final class Launcher {

  /** Set in the second JVM, so that it does not start a third. */
  static final String LAUNCHED = "sgnet.launched";

  /** {@code -Dsgnet.launcher=off} runs every command in the JVM the user started. */
  static final String SWITCH = "sgnet.launcher";

  private Launcher() {}

  /** The archive that belongs to a jar: {@code sgnet.jar} → {@code sgnet.jsa} beside it. */
  static Path archiveOf(Path jar) {
    String name = jar.getFileName().toString();
    return jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + ".jsa");
  }

  /**
   * Returns the command that runs {@code args} in a JVM with the jar's class-data archive, or empty
   * when the command should run in this JVM.
   *
   * @param java the {@code java} executable of this JVM
   * @param jar the jar this JVM runs from, or {@code null} when it runs from class folders
   * @param jvmArguments the options this JVM was started with, passed on unchanged
   * @param args the command line of sgnet
   */
  static Optional<List<String>> command(
      Path java, Path jar, List<String> jvmArguments, List<String> args) {
    if (jar == null || !jar.getFileName().toString().endsWith(".jar")) {
      return Optional.empty();
    }
    for (String option : jvmArguments) {
      if (!passesOn(option)) {
        return Optional.empty();
      }
    }
    Path archive = archiveOf(jar);
    try {
      if (!Files.isRegularFile(jar)
          || !Files.isRegularFile(archive)
          || Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) < 0) {
        return Optional.empty();
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.add("-XX:SharedArchiveFile=" + archive);
    command.add("-Xshare:auto");
    // The JVM prints its warnings on standard output by default, where they would corrupt an
    // export or a JSON answer: they go to standard error. An archive it cannot map (the checkout
    // moved, another JDK) is not worth a warning on every command: it just runs without it.
    command.add("-Xlog:disable");
    command.add("-Xlog:all=warning,cds*=off:stderr");
    command.addAll(jvmArguments);
    command.add("-D" + LAUNCHED + "=true");
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(args);
    return Optional.of(List.copyOf(command));
  }

  /**
   * Whether a JVM option of the user's can go on to the second JVM. Memory, collector, assertion
   * and system-property options can; options that observe or debug a JVM (agents, {@code -Xlog}
   * files, flight recordings, JMX ports) already act on the first and would clash in a second (two
   * debuggers on one port, two writers of one log), so with any of them, as with class-data options
   * of the user's own or {@code -Dsgnet.launcher=off}, the command runs in the first.
   */
  static boolean passesOn(String option) {
    if (option.startsWith("-D")) {
      return !option.startsWith("-D" + LAUNCHED)
          && !option.equals("-D" + SWITCH + "=off")
          && !option.startsWith("-Dcom.sun.management");
    }
    return option.matches("-X(mx|ms|mn|ss)\\d+[kKmMgGtT]?")
        || option.matches("-XX:(Max|Min|Initial)RAMPercentage=[\\d.]+")
        || option.matches("-XX:(MaxMetaspaceSize|ReservedCodeCacheSize|HeapDumpPath)=.+")
        || option.matches("-XX:[+-]Use\\w+GC")
        || option.matches("-XX:[+-](HeapDumpOnOutOfMemoryError|ExitOnOutOfMemoryError)")
        || option.matches("-(ea|da|esa|dsa|enableassertions|disableassertions)(:.*)?");
  }

  /**
   * Runs the command line in a second JVM when {@link #command} says so and returns its exit code;
   * returns empty when the command should run in this JVM. In the second JVM, arranges for it to
   * stop if the first one is killed, so that no orphan keeps the store locked.
   */
  static OptionalInt relaunch(String[] args) {
    if (System.getProperty(LAUNCHED) != null) {
      stopWithParent();
      return OptionalInt.empty();
    }
    Optional<List<String>> command =
        command(
            Path.of(System.getProperty("java.home"), "bin", "java"),
            thisJar(),
            ManagementFactory.getRuntimeMXBean().getInputArguments(),
            List.of(args));
    if (command.isEmpty()) {
      return OptionalInt.empty();
    }
    Process child;
    try {
      child = new ProcessBuilder(command.get()).inheritIO().start();
    } catch (IOException e) {
      // Nothing has run yet: run the command here, only without the archive's head start.
      return OptionalInt.empty();
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child), "sgnet-launcher"));
    try {
      return OptionalInt.of(child.waitFor());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop(child);
      return OptionalInt.of(Sgnet.FAILURE);
    }
  }

  /**
   * Stops the second JVM as Ctrl-C would (its shutdown hooks close the store), forcibly after a
   * minute.
   */
  private static void stop(Process child) {
    if (!child.isAlive()) {
      return;
    }
    child.destroy();
    try {
      if (!child.waitFor(60, TimeUnit.SECONDS)) {
        child.destroyForcibly();
      }
    } catch (InterruptedException e) {
      child.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static void stopWithParent() {
    ProcessHandle.current()
        .parent()
        .ifPresent(
            parent ->
                parent
                    .onExit()
                    .thenRun(
                        () -> {
                          System.err.println("sgnet: the launching process ended; stopping");
                          Runtime.getRuntime().exit(Sgnet.FAILURE);
                        }));
  }

  private static Path thisJar() {
    try {
      var source = Launcher.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return null;
      }
      Path path = Path.of(source.getLocation().toURI()).toAbsolutePath();
      return Files.isRegularFile(path) ? path : null;
    } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
      return null;
    }
  }
}
