package org.sgnet.runs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sgnet.rules.Finding;

/**
 * What a run does to the findings kept: pure, so each transition is tested without a store.
 *
 * <ul>
 *   <li>a key never seen opens, {@code NEW};
 *   <li>a key kept and found again stays as triaged, unless it was dismissed and its evidence hash
 *       changed: then it is {@code NEW} again and reopens;
 *   <li>a key kept but resolved, found again, reopens: {@code NEW}, unless it was dismissed with
 *       the same evidence, which stays dismissed (a dismissal covers the evidence, not the dates);
 *   <li>an open key not found resolves, its status kept.
 * </ul>
 */
final class Lifecycle {

  /** A finding as kept before the run. */
  record Kept(
      String key, Status status, String hash, boolean open, String rule, List<String> childIds) {}

  /**
   * One finding after the run.
   *
   * @param key the stable key
   * @param finding what the run found, or {@code null} for a finding it no longer finds
   * @param hash the evidence hash now
   * @param status the status after the run
   * @param change what happened, or {@code null} when nothing a feed reader needs to know
   */
  record Step(String key, Finding finding, String hash, Status status, ChangeKind change) {}

  private Lifecycle() {}

  /** Returns one step per finding found and per open finding kept that was not found. */
  static List<Step> plan(Map<String, Kept> kept, List<Finding> found) {
    Map<String, Finding> byKey = new LinkedHashMap<>();
    for (Finding f : found) {
      byKey.putIfAbsent(FindingKey.of(f), f);
    }
    List<Step> steps = new ArrayList<>();
    for (Map.Entry<String, Finding> e : byKey.entrySet()) {
      String key = e.getKey();
      String hash = EvidenceHash.of(e.getValue());
      Kept before = kept.get(key);
      if (before == null) {
        steps.add(new Step(key, e.getValue(), hash, Status.NEW, ChangeKind.OPENED));
        continue;
      }
      boolean sameEvidence = Objects.equals(before.hash(), hash);
      boolean dismissed = before.status() == Status.DISMISSED;
      Status status;
      ChangeKind change;
      if (before.open()) {
        boolean lapsed = dismissed && !sameEvidence;
        status = lapsed ? Status.NEW : before.status();
        change = lapsed ? ChangeKind.REOPENED : null;
      } else {
        status = dismissed && sameEvidence ? Status.DISMISSED : Status.NEW;
        change = ChangeKind.REOPENED;
      }
      steps.add(new Step(key, e.getValue(), hash, status, change));
    }
    for (Kept before : kept.values()) {
      if (before.open() && !byKey.containsKey(before.key())) {
        steps.add(
            new Step(before.key(), null, before.hash(), before.status(), ChangeKind.RESOLVED));
      }
    }
    return steps;
  }
}
