package org.sgnet.bench;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sgnet.graph.Projection;

/**
 * An undirected graph in compressed sparse row form: vertex {@code v}'s neighbours are {@code
 * targets[offsets[v]] .. targets[offsets[v + 1] - 1]}. Two {@code int} per edge end and one per
 * vertex, against JGraphT's default graph, which keeps an edge object and a place in two edge sets
 * per edge. Immutable once built; the benchmark's comparison point for the projection's memory.
 */
final class CsrGraph {

  private final String[] ids;
  private final int[] offsets;
  private final int[] targets;

  private CsrGraph(String[] ids, int[] offsets, int[] targets) {
    this.ids = ids;
    this.offsets = offsets;
    this.targets = targets;
  }

  /** Builds the graph of the projection's ties, people as vertices. O(V + E). */
  static CsrGraph of(List<Projection.TieRow> ties) {
    Map<String, Integer> index = new HashMap<>();
    int[] from = new int[ties.size()];
    int[] to = new int[ties.size()];
    for (int i = 0; i < ties.size(); i++) {
      from[i] = index.computeIfAbsent(ties.get(i).fromId(), k -> index.size());
      to[i] = index.computeIfAbsent(ties.get(i).toId(), k -> index.size());
    }
    String[] ids = new String[index.size()];
    index.forEach((id, v) -> ids[v] = id);
    int[] offsets = new int[ids.length + 1];
    for (int i = 0; i < from.length; i++) {
      offsets[from[i] + 1]++;
      offsets[to[i] + 1]++;
    }
    for (int v = 0; v < ids.length; v++) {
      offsets[v + 1] += offsets[v];
    }
    int[] next = Arrays.copyOf(offsets, ids.length);
    int[] targets = new int[2 * from.length];
    for (int i = 0; i < from.length; i++) {
      targets[next[from[i]]++] = to[i];
      targets[next[to[i]]++] = from[i];
    }
    return new CsrGraph(ids, offsets, targets);
  }

  /** Returns the number of connected components, by breadth-first search. O(V + E). */
  int components() {
    boolean[] seen = new boolean[ids.length];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    int components = 0;
    for (int s = 0; s < ids.length; s++) {
      if (seen[s]) {
        continue;
      }
      components++;
      seen[s] = true;
      queue.add(s);
      while (!queue.isEmpty()) {
        int v = queue.poll();
        for (int i = offsets[v]; i < offsets[v + 1]; i++) {
          int w = targets[i];
          if (!seen[w]) {
            seen[w] = true;
            queue.add(w);
          }
        }
      }
    }
    return components;
  }
}
