package org.sgnet.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.sgnet.bundle.Bundle;
import org.sgnet.graph.Projection;

/**
 * Heap retained per edge by the projection's tie graph in JGraphT's default representation and in a
 * CSR one, on a generated network: {@code bench/jmh.sh memory CHILDREN}.
 *
 * <p>Retained heap is measured as used heap after repeated full collections, with and without the
 * structure reachable; the vertex ids are shared with the projection and not counted. Approximate
 * (to a few hundred kilobytes), which is plenty at hundreds of thousands of edges.
 */
public final class ProjectionMemory {

  private ProjectionMemory() {}

  /** Prints one markdown table row per representation. */
  public static void main(String[] args) {
    int children = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
    Bundle bundle = GeneratedNetwork.bundle(children);
    Projection projection = GeneratedNetwork.projection(bundle);
    List<Projection.TieRow> ties = projection.ties();
    System.out.printf(
        Locale.ROOT,
        "| representation | children | edges | retained heap (MiB) | bytes per edge |%n"
            + "|---|---:|---:|---:|---:|%n");
    row("JGraphT DefaultUndirectedGraph", children, ties.size(), () -> TieGraphs.jgrapht(ties));
    row("CSR (int offsets and targets)", children, ties.size(), () -> CsrGraph.of(ties));
  }

  private static void row(String name, int children, int edges, Supplier<Object> build) {
    long before = used();
    Object graph = build.get();
    long after = used();
    System.out.printf(
        Locale.ROOT,
        "| %s | %,d | %,d | %.1f | %.0f |%n",
        name,
        children,
        edges,
        (after - before) / 1048576.0,
        (after - before) / (double) edges);
    if (graph.hashCode() == 42) {
      System.out.print(""); // keeps the graph reachable until after the measurement
    }
  }

  private static long used() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
