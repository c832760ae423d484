package org.sgnet.store;

import java.util.Set;
import java.util.stream.Collectors;

/** Neo4j's threads that would keep the JVM alive (its Bolt network threads among them). */
public final class Neo4jThreads {

  private Neo4jThreads() {}

  /** The live non-daemon threads Neo4j started, by name and id. */
  public static Set<String> now() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && !t.isDaemon() && t.getName().startsWith("neo4j."))
        .map(t -> t.getName() + "#" + t.getId())
        .collect(Collectors.toSet());
  }

  /**
   * The threads once those of a stopped DBMS had up to ten seconds to end: a subset of {@code
   * before} when nothing was left running.
   */
  public static Set<String> onceSettled(Set<String> before) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    Set<String> now = now();
    while (!before.containsAll(now) && System.nanoTime() < deadline) {
      Thread.sleep(50);
      now = now();
    }
    return now;
  }
}
