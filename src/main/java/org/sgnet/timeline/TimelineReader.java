package org.sgnet.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.sgnet.store.Store;

/** Reads a child's chronology out of the store as a {@link Timeline}. */
public final class TimelineReader {

  private final Store store;

  public TimelineReader(Store store) {
    this.store = store;
  }

  /**
   * Returns a child's chronology up to a date, optionally of one agency; empty if no child.
   *
   * @param childId the child
   * @param asOf the last date included
   * @param windowDays the analysis window ending on {@code asOf}, at least 1; it names a stretch of
   *     the chronology and leaves out nothing
   * @param agencyId one agency's lane only, or {@code null} or blank for all
   */
  public Optional<Timeline> timeline(
      String childId, LocalDate asOf, int windowDays, String agencyId) {
    if (windowDays < 1) {
      throw new IllegalArgumentException("windowDays must be at least 1");
    }
    boolean exists =
        store
            .query("read/child-exists", Map.of("childId", childId), r -> r.get("found").asBoolean())
            .get(0);
    if (!exists) {
      return Optional.empty();
    }
    Map<String, Object> params = new HashMap<>();
    params.put("childId", childId);
    params.put("asOf", asOf);
    params.put("agencyId", agencyId == null || agencyId.isBlank() ? null : agencyId);
    Map<String, String> names = new TreeMap<>();
    Map<String, List<Timeline.Entry>> lanes = new TreeMap<>();
    store.query(
        "read/timeline",
        params,
        r -> {
          String agency = r.get("agencyId").asString();
          names.put(agency, r.get("agencyName").asString());
          lanes.computeIfAbsent(agency, k -> new ArrayList<>()).add(entry(r));
          return agency;
        });
    List<Timeline.Lane> result = new ArrayList<>();
    lanes.forEach((id, events) -> result.add(new Timeline.Lane(id, names.get(id), events)));
    return Optional.of(new Timeline(childId, asOf, windowDays, result));
  }

  private static Timeline.Entry entry(Record r) {
    List<Timeline.Ref> participants = new ArrayList<>();
    for (Value p : r.get("participants").values()) {
      if (!p.isNull()) {
        participants.add(
            new Timeline.Ref(
                p.get("id").asString(), p.get("name").asString(), p.get("kind").asString()));
      }
    }
    return new Timeline.Entry(
        r.get("id").asString(),
        r.get("date").asLocalDate(),
        r.get("type").asString(),
        text(r.get("subtype")),
        text(r.get("value")),
        text(r.get("requestedBy")),
        r.get("seenAlone").isNull() ? null : r.get("seenAlone").asBoolean(),
        text(r.get("summary")),
        r.get("recordedById").isNull()
            ? null
            : new Timeline.Ref(
                r.get("recordedById").asString(),
                r.get("recordedByName").asString(),
                "PROFESSIONAL"),
        participants);
  }

  private static String text(Value v) {
    return v.isNull() ? null : v.asString();
  }
}
