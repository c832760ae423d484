package org.sgnet.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The cut vertices (articulation points) of an undirected simple graph given as vertices and edges:
 * the vertices whose removal leaves more connected components than before.
 *
 * <p>Source: {@code rules.md} rule 3 ({@code details.brokers}, defined by sgnet). This is the
 * Hopcroft–Tarjan low-point algorithm, written with an explicit stack so that a long path cannot
 * overflow the call stack; O(V + E). The JGraphT engine computes the same set with JGraphT's {@code
 * BiconnectivityInspector}, and the differential test holds the two together.
 */
public final class CutVertices {

  private CutVertices() {}

  /**
   * Returns the cut vertices, sorted.
   *
   * @param vertices every vertex
   * @param edges pairs of vertices; loops and repeated pairs are ignored
   */
  public static List<String> of(Collection<String> vertices, Collection<List<String>> edges) {
    Map<String, Integer> index = new HashMap<>();
    List<String> names = new ArrayList<>();
    for (String v : new TreeSet<>(vertices)) {
      index.put(v, names.size());
      names.add(v);
    }
    int n = names.size();
    List<List<Integer>> adjacent = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      adjacent.add(new ArrayList<>());
    }
    for (List<String> e : edges) {
      Integer a = index.get(e.get(0));
      Integer b = index.get(e.get(1));
      if (a == null || b == null) {
        throw new IllegalArgumentException("edge " + e + " joins an unknown vertex");
      }
      if (!a.equals(b)) {
        adjacent.get(a).add(b);
        adjacent.get(b).add(a);
      }
    }
    int[] discovered = new int[n];
    int[] low = new int[n];
    int[] parent = new int[n];
    int[] next = new int[n];
    boolean[] cut = new boolean[n];
    int time = 0;
    for (int root = 0; root < n; root++) {
      if (discovered[root] != 0) {
        continue;
      }
      int rootChildren = 0;
      Deque<Integer> stack = new ArrayDeque<>();
      discovered[root] = low[root] = ++time;
      parent[root] = -1;
      stack.push(root);
      while (!stack.isEmpty()) {
        int v = stack.peek();
        if (next[v] < adjacent.get(v).size()) {
          int w = adjacent.get(v).get(next[v]++);
          if (discovered[w] == 0) {
            parent[w] = v;
            discovered[w] = low[w] = ++time;
            if (v == root) {
              rootChildren++;
            }
            stack.push(w);
          } else if (w != parent[v]) {
            low[v] = Math.min(low[v], discovered[w]);
          }
        } else {
          stack.pop();
          int p = parent[v];
          if (p >= 0) {
            low[p] = Math.min(low[p], low[v]);
            if (p != root && low[v] >= discovered[p]) {
              cut[p] = true;
            }
          }
        }
      }
      cut[root] = rootChildren >= 2;
    }
    List<String> result = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (cut[i]) {
        result.add(names.get(i));
      }
    }
    return List.copyOf(result);
  }
}
