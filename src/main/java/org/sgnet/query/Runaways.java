package org.sgnet.query;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.exceptions.Neo4jException;
import org.sgnet.store.Store;

/**
 * Finds the server's transaction of an analyst query and stops it, by force when Neo4j cannot.
 *
 * <p>Neo4j stops a query past its timeout only where its code checks for termination: between rows,
 * in {@code UNWIND}, in expands and in reads of the store. A loop inside one expression ({@code
 * reduce}, a list comprehension, {@code any}/{@code all}/{@code none}/{@code single} over a long
 * list) never checks, so it runs on after its transaction is terminated, holding a core. Closing
 * the client's connection does not stop it either. The only thing that does is to stop the Bolt
 * worker thread that evaluates it, which is possible when the store is embedded in this process.
 *
 * <p>Stopping a thread is safe only where it holds nothing shared, so the thread is suspended, its
 * stack read, and it is stopped only when its innermost frames are pure expression evaluation
 * (Cypher's expressions, values, strings, lists, arithmetic), never inside the page cache, the
 * kernel, locks or class loading. Otherwise it is resumed and tried again a little later. The
 * {@link ThreadDeath} unwinds through the query's own clean-up code; Neo4j's Bolt layer then closes
 * the connection (sgnet has closed its end already) and rolls the read-only transaction back.
 */
final class Runaways {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Runaways.class);

  /** The key of the tag in an analyst query's transaction metadata. */
  static final String TAG = "sgnetQuery";

  /** Frames of expression evaluation: a stop lands in code that only computes values. */
  private static final List<String> EXPRESSION =
      List.of(
          "org.neo4j.cypher.internal.runtime.interpreted.commands.",
          "org.neo4j.cypher.internal.runtime.slotted.expressions.",
          "org.neo4j.cypher.operations.");

  /** Frames that may stand above expression evaluation: value and string arithmetic. */
  private static final List<String> PURE =
      List.of(
          "org.neo4j.values.",
          "org.neo4j.exceptions.",
          "org.neo4j.memory.",
          "scala.",
          "java.lang.String",
          "java.lang.AbstractStringBuilder",
          "java.lang.Math",
          "java.lang.Long",
          "java.lang.Integer",
          "java.lang.Double",
          "java.lang.Character",
          "java.lang.System",
          "java.lang.Object",
          "java.util.Arrays",
          "java.util.ArrayList",
          "java.util.AbstractList",
          "java.util.HashMap",
          "jdk.internal.util.",
          // Allocation of the arrays behind strings; a park (locks) would show its caller next.
          "jdk.internal.misc.Unsafe",
          // The frames of string concatenation and lambdas, which Java links once and then only
          // dispatches through.
          "java.lang.invoke.LambdaForm$",
          "java.lang.invoke.DirectMethodHandle$Holder",
          "java.lang.invoke.Invokers$Holder");

  /** A query's transaction on the server. */
  record ServerTransaction(String id, String connectionId, String clientAddress) {}

  /** What an attempt to stop a thread did. */
  enum Outcome {
    /** The thread was stopped. */
    STOPPED,
    /** The thread was somewhere a stop is not safe; try again later. */
    NOT_NOW,
    /** No thread of this process runs the transaction: the store is elsewhere. */
    NOT_HERE
  }

  private final Store store;

  Runaways(Store store) {
    this.store = store;
  }

  /** Returns the server's transaction of the query with that tag, or empty once it has ended. */
  Optional<ServerTransaction> find(String tag) {
    return store.queryFirst(
        "limits/running-transaction",
        Map.of("tag", tag),
        r ->
            new ServerTransaction(
                r.get("transactionId").asString(),
                r.get("connectionId").asString(""),
                r.get("clientAddress").asString("")));
  }

  /** Marks the transaction for termination; a transaction that has just ended is no error. */
  void terminate(ServerTransaction tx) {
    try {
      store.query("limits/terminate-transaction", Map.of("ids", List.of(tx.id())), r -> r);
    } catch (Neo4jException e) {
      // Gone meanwhile, or not ours to terminate on an external server: the stop goes on.
    }
  }

  /** Stops the worker thread of this process that runs the transaction, if it is safe now. */
  Outcome stop(ServerTransaction tx) {
    Thread worker = worker(tx);
    return worker == null ? Outcome.NOT_HERE : stopIfComputing(worker, tx);
  }

  /** The Bolt worker names itself after the connection it serves: "… [bolt-7 - /127.0.0.1:…]". */
  private static Thread worker(ServerTransaction tx) {
    if (tx.connectionId().isEmpty()) {
      return null;
    }
    Set<Thread> threads = Thread.getAllStackTraces().keySet();
    for (Thread t : threads) {
      if (servesConnection(t.getName(), tx)) {
        return t;
      }
    }
    return null;
  }

  private static boolean servesConnection(String threadName, ServerTransaction tx) {
    return threadName.contains("[" + tx.connectionId() + " - ")
        && threadName.contains(tx.clientAddress());
  }

  // Thread.suspend, resume and stop are deprecated because they are unsafe wherever the thread
  // holds shared state; the stack check under suspension is what keeps this use to where it
  // holds none. They still work on Java 17, which sgnet runs on; a later Java refuses them, and
  // the query is then left to Neo4j's own termination. Nothing is logged while the thread is
  // suspended: it might hold the logger's lock.
  @SuppressWarnings({"deprecation", "removal"})
  private static Outcome stopIfComputing(Thread worker, ServerTransaction tx) {
    try {
      worker.suspend();
    } catch (UnsupportedOperationException e) {
      LOG.warn("This Java cannot stop a runaway query's thread; Neo4j's termination is left");
      return Outcome.NOT_HERE;
    }
    boolean stopped = false;
    try {
      // Between finding the thread and suspending it, it may have gone on to another connection.
      if (servesConnection(worker.getName(), tx) && computing(worker.getStackTrace())) {
        worker.stop();
        stopped = true;
      }
    } finally {
      worker.resume();
    }
    if (!stopped) {
      LOG.debug("Not stopping a runaway query's thread yet: it is outside expression evaluation");
    }
    return stopped ? Outcome.STOPPED : Outcome.NOT_NOW;
  }

  /** Returns whether the innermost frames are expression evaluation and nothing else. */
  static boolean computing(StackTraceElement[] stack) {
    for (StackTraceElement frame : stack) {
      String c = frame.getClassName();
      if (startsWithAny(c, EXPRESSION)) {
        return true;
      }
      if (!startsWithAny(c, PURE)) {
        return false;
      }
    }
    return false;
  }

  private static boolean startsWithAny(String className, List<String> prefixes) {
    for (String prefix : prefixes) {
      if (className.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
