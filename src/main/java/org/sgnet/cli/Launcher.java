package org.sgnet.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sgnet.SgnetException;
import org.sgnet.store.StoreSettings;

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
 * <p>The archive is only good for the jar it was made from, at that path, and for the JVM that made
 * it: a stamp beside it ({@code sgnet.jsa.properties}) names them, and the command runs in the
 * first JVM, as without a launcher, whenever they differ (a moved checkout, a rebuild without an
 * archive, another JDK), when the classes do not come from that jar alone, on Windows (where a
 * process cannot be stopped gracefully from outside), with JVM options that do not {@linkplain
 * #passesOn pass on}, or with {@code -Dsgnet.launcher=off}. Should the JVM still refuse the
 * archive, it runs without it, silently; its other warnings go to standard error, never into a
 * command's output.
 */
final class Launcher {

  /** Set in the second JVM to the first one's process id, so that it does not start a third. */
  static final String LAUNCHED = "sgnet.launched";

  /** {@code -Dsgnet.launcher=off} runs every command in the JVM the user started. */
  static final String SWITCH = "sgnet.launcher";

  /** Options the JVM reads from these variables are among its input arguments already. */
  private static final List<String> OPTION_VARIABLES =
      List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

  /** The archive keeps compressed object pointers, which heaps of 32 GiB and more turn off. */
  private static final long COMPRESSED_OOPS_LIMIT = 32L << 30;

  private static final Pattern MAX_HEAP = Pattern.compile("-Xmx(\\d+)([kKmMgGtT]?)");

  private Launcher() {}

  /**
   * The JVM a command was started in.
   *
   * @param java its {@code java} executable
   * @param javaHome its {@code java.home}
   * @param vmVersion its {@code java.vm.version}
   * @param jar the jar its sgnet classes come from, or {@code null} for class folders
   * @param classPath its {@code java.class.path}
   * @param options the options it was started with
   */
  record Jvm(
      Path java,
      String javaHome,
      String vmVersion,
      Path jar,
      String classPath,
      List<String> options) {}

  /** The archive that belongs to a jar: {@code sgnet.jar} → {@code sgnet.jsa} beside it. */
  static Path archiveOf(Path jar) {
    String name = jar.getFileName().toString();
    return jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + ".jsa");
  }

  /** The stamp of a jar's archive: the jar and the JVM it was made for. */
  static Path stampOf(Path jar) {
    Path archive = archiveOf(jar);
    return archive.resolveSibling(archive.getFileName() + ".properties");
  }

  /** What a stamp holds for a jar and a JVM. */
  static Properties stamp(Path jar, String javaHome, String vmVersion) throws IOException {
    Properties p = new Properties();
    p.setProperty("jar", jar.toAbsolutePath().normalize().toString());
    p.setProperty("jar.size", Long.toString(Files.size(jar)));
    p.setProperty("jar.modified", Long.toString(Files.getLastModifiedTime(jar).toMillis()));
    p.setProperty("java.home", javaHome);
    p.setProperty("java.vm.version", vmVersion);
    return p;
  }

  /**
   * Writes the stamp of the archive that this JVM writes when it exits, if it was started with
   * {@code -XX:ArchiveClassesAtExit} for this jar's archive (the build's training run).
   */
  static void stampArchiveBeingMade() throws IOException {
    Path jar = thisJar();
    if (jar == null
        || !ManagementFactory.getRuntimeMXBean()
            .getInputArguments()
            .contains("-XX:ArchiveClassesAtExit=" + archiveOf(jar))) {
      return;
    }
    try (OutputStream out = Files.newOutputStream(stampOf(jar))) {
      stamp(jar, System.getProperty("java.home"), System.getProperty("java.vm.version"))
          .store(out, "The jar and JVM that the class-data archive beside it was made for");
    }
  }

  /**
   * Returns the command that runs {@code args} in a JVM with the jar's class-data archive, or empty
   * when the command should run in the JVM described.
   */
  static Optional<List<String>> command(Jvm jvm, long pid, List<String> args) {
    Path jar = jvm.jar();
    if (jar == null
        || !jar.getFileName().toString().endsWith(".jar")
        || !Path.of(jvm.classPath()).toAbsolutePath().normalize().equals(jar.normalize())) {
      return Optional.empty();
    }
    for (String option : jvm.options()) {
      if (!passesOn(option)) {
        return Optional.empty();
      }
    }
    Path archive = archiveOf(jar);
    try (InputStream in = Files.newInputStream(stampOf(jar))) {
      Properties made = new Properties();
      made.load(in);
      if (!Files.isRegularFile(archive)
          || !made.equals(stamp(jar, jvm.javaHome(), jvm.vmVersion()))) {
        return Optional.empty();
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    List<String> command = new ArrayList<>();
    command.add(jvm.java().toString());
    command.add("-XX:SharedArchiveFile=" + archive);
    // The JVM prints its warnings on standard output by default, where they would corrupt an
    // export or a JSON answer: they go to standard error. An archive it still cannot map is not
    // worth a warning on every command: it just runs without it.
    command.add("-Xlog:disable");
    command.add("-Xlog:all=warning,cds*=off:stderr");
    command.addAll(jvm.options());
    command.add("-D" + LAUNCHED + "=" + pid);
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
   * of the user's own, {@code -Dsgnet.launcher=off}, or a heap the archive cannot serve (ZGC, 32
   * GiB and more), the command runs in the first.
   */
  static boolean passesOn(String option) {
    if (option.startsWith("-D")) {
      String off = option.toLowerCase(Locale.ROOT);
      return !option.startsWith("-D" + LAUNCHED)
          && !off.equals("-d" + SWITCH + "=off")
          && !off.equals("-d" + SWITCH + "=false")
          && !option.startsWith("-Dcom.sun.management");
    }
    Matcher heap = MAX_HEAP.matcher(option);
    if (heap.matches()) {
      try {
        return StoreSettings.parseSize(heap.group(1) + heap.group(2)) < COMPRESSED_OOPS_LIMIT;
      } catch (SgnetException tooLarge) {
        return false; // the one JVM reports it
      }
    }
    return option.matches("-X(ms|mn|ss)\\d+[kKmMgGtT]?")
        || option.matches("-XX:(Max|Min|Initial)RAMPercentage=[\\d.]+")
        || option.matches("-XX:(MaxMetaspaceSize|ReservedCodeCacheSize|HeapDumpPath)=.+")
        || (option.matches("-XX:[+-]Use\\w+GC") && !option.equals("-XX:+UseZGC"))
        || option.matches("-XX:[+-](HeapDumpOnOutOfMemoryError|ExitOnOutOfMemoryError)")
        || option.matches("-(ea|da|esa|dsa|enableassertions|disableassertions)(:.*)?");
  }

  /**
   * Runs the command line in a second JVM when {@link #command} says so and returns its exit code;
   * returns empty when the command should run in this JVM. In the second JVM, arranges for it to
   * stop if the first one is killed, so that no orphan keeps the store locked.
   */
  static OptionalInt relaunch(String[] args) {
    String launcher = System.getProperty(LAUNCHED);
    if (launcher != null) {
      stopWithLauncher(launcher);
      return OptionalInt.empty();
    }
    if (File.separatorChar != '/') {
      return OptionalInt.empty();
    }
    Jvm jvm =
        new Jvm(
            Path.of(System.getProperty("java.home"), "bin", "java"),
            System.getProperty("java.home"),
            System.getProperty("java.vm.version"),
            thisJar(),
            System.getProperty("java.class.path", ""),
            ManagementFactory.getRuntimeMXBean().getInputArguments());
    Optional<List<String>> command = command(jvm, ProcessHandle.current().pid(), List.of(args));
    if (command.isEmpty()) {
      return OptionalInt.empty();
    }
    ProcessBuilder builder = new ProcessBuilder(command.get()).inheritIO();
    // Their options are in the command already; read again, they would count twice.
    OPTION_VARIABLES.forEach(builder.environment()::remove);
    // Registered before the start, so that no signal finds the second JVM running unwatched.
    AtomicReference<Process> started = new AtomicReference<>();
    Thread hook = new Thread(() -> stop(started.get()), "sgnet-launcher");
    Runtime.getRuntime().addShutdownHook(hook);
    Process child;
    try {
      child = builder.start();
    } catch (IOException e) {
      // Nothing has run yet: run the command here, only without the archive's head start.
      Runtime.getRuntime().removeShutdownHook(hook);
      return OptionalInt.empty();
    }
    started.set(child);
    try {
      return OptionalInt.of(child.waitFor());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop(child);
      return OptionalInt.of(Sgnet.FAILURE);
    }
  }

  /**
   * Stops the second JVM as Ctrl-C would (its shutdown hooks close the store), forcibly only if it
   * has not stopped after three minutes (a server waits up to one for its requests to end).
   */
  private static void stop(Process child) {
    if (child == null || !child.isAlive()) {
      return;
    }
    child.destroy();
    try {
      if (!child.waitFor(3, TimeUnit.MINUTES)) {
        child.destroyForcibly();
      }
    } catch (InterruptedException e) {
      child.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /**
   * In the second JVM: exits (closing the store) when the first one ends, which it only does first
   * when it was killed outright; at once if it has already gone.
   */
  private static void stopWithLauncher(String pid) {
    long id;
    try {
      id = Long.parseLong(pid);
    } catch (NumberFormatException e) {
      return; // set by hand, not by a launcher: nothing to watch
    }
    Runnable exit =
        () -> {
          System.err.println("sgnet: the launching process ended; stopping");
          Runtime.getRuntime().exit(Sgnet.FAILURE);
        };
    ProcessHandle.of(id)
        .ifPresentOrElse(launcher -> launcher.onExit().thenRun(exit), () -> exit.run());
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
