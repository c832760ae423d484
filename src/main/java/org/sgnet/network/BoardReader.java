package org.sgnet.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.neo4j.driver.Value;
import org.sgnet.SgnetException;
import org.sgnet.store.Store;

/**
 * Reads the board's views out of the store: the agency network (counts per agency and pair, never
 * the children themselves), one agency's or one pair's children a page at a time, and the people of
 * such a selection when it is small enough to draw.
 */
public final class BoardReader {

  /** The most children a page of the drill-down lists. */
  public static final int MAX_PAGE_SIZE = 200;

  /** How many reads (of a date and window) are kept at once. */
  private static final int KEPT = 16;

  private final Store store;
  private final Map<Kept, Object> kept = new HashMap<>();

  public BoardReader(Store store) {
    this.store = store;
  }

  /**
   * Returns the agency network as of a date over a window.
   *
   * @param siloSharedChildren rule 5's threshold of shared children
   * @param peopleCap the most people {@link #people} draws, passed on for the page to say
   */
  public AgencyNetwork network(
      LocalDate asOf, int windowDays, int siloSharedChildren, int peopleCap) {
    Map<List<String>, Long> events =
        kept(
            "coordination-events",
            asOf,
            windowDays,
            () -> {
              Map<List<String>, Long> read = new HashMap<>();
              store.query(
                  "board/coordination-events",
                  window(asOf, windowDays),
                  r ->
                      read.put(
                          List.of(r.get("x").asString(), r.get("y").asString()),
                          r.get("events").asLong()));
              return read;
            });
    return AgencyNetwork.of(
        asOf,
        windowDays,
        siloSharedChildren,
        peopleCap,
        agencies(),
        involvement(asOf, windowDays).counts(),
        events);
  }

  /**
   * Returns a page of the children an agency is involved with, or that it shares with another.
   *
   * @param otherAgencyId the pair's other agency, or {@code null}
   * @throws SgnetException {@code NOT_FOUND} for an unknown agency, {@code INVALID_INPUT} for a bad
   *     page or size
   */
  public BoardChildren children(
      LocalDate asOf, int windowDays, String agencyId, String otherAgencyId, int page, int size) {
    if (page < 0) {
      throw new SgnetException(SgnetException.Kind.INVALID_INPUT, "page must be 0 or more");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT, "size must be from 1 to " + MAX_PAGE_SIZE);
    }
    return read(asOf, windowDays, agencyId, otherAgencyId, page, size);
  }

  private BoardChildren read(
      LocalDate asOf, int windowDays, String agencyId, String otherAgencyId, int page, int size) {
    checkAgencies(agencyId, otherAgencyId);
    List<Map.Entry<String, Integer>> all =
        involvement(asOf, windowDays).children(agencyId, otherAgencyId);
    int from = (int) Math.min(all.size(), (long) page * size);
    List<Map.Entry<String, Integer>> slice = all.subList(from, Math.min(all.size(), from + size));
    Map<String, String> names = new HashMap<>();
    if (!slice.isEmpty()) {
      store.query(
          "read/people-by-id",
          Map.of("ids", slice.stream().map(Map.Entry::getKey).toList()),
          r -> names.put(r.get("id").asString(), r.get("name").asString("")));
    }
    List<BoardChildren.Child> items = new ArrayList<>();
    for (Map.Entry<String, Integer> child : slice) {
      items.add(
          new BoardChildren.Child(
              child.getKey(), names.getOrDefault(child.getKey(), ""), child.getValue()));
    }
    return new BoardChildren(
        asOf, windowDays, agencyId, otherAgencyId, all.size(), page, size, items);
  }

  /** The involvement of every child on the date over the window (see {@link #kept}). */
  private BoardInvolvement involvement(LocalDate asOf, int windowDays) {
    return kept(
        "involvement",
        asOf,
        windowDays,
        () -> {
          Map<String, List<String>> rows = new HashMap<>();
          store.query(
              "board/involvement",
              window(asOf, windowDays),
              r -> rows.put(r.get("child").asString(), r.get("agencies").asList(Value::asString)));
          return new BoardInvolvement(rows);
        });
  }

  /**
   * A read on the date over the window: made afresh, or kept from the last one at the same date and
   * window when the store has not changed since (embedded stores only: the number of their last
   * transaction says so). Reading every child's involvement is what costs at scale (seconds at
   * 30,000 children); every later count and page is made from what was kept.
   */
  @SuppressWarnings("unchecked")
  private <T> T kept(String what, LocalDate asOf, int windowDays, Supplier<T> read) {
    window(asOf, windowDays);
    java.util.OptionalLong stamp = store.version();
    if (stamp.isEmpty()) {
      return read.get();
    }
    Kept key = new Kept(what, asOf, windowDays, stamp.getAsLong());
    synchronized (kept) {
      Object known = kept.get(key);
      if (known != null) {
        return (T) known;
      }
    }
    T value = read.get();
    synchronized (kept) {
      // Only the store as it now is: what was read at an older transaction is of no more use.
      kept.keySet().removeIf(k -> k.transaction() != key.transaction());
      if (kept.size() >= KEPT) {
        kept.clear();
      }
      kept.put(key, value);
    }
    return value;
  }

  /** What was read, and the date, window and transaction it was read at. */
  private record Kept(String what, LocalDate asOf, int windowDays, long transaction) {}

  /**
   * Returns the people of one agency's children or one pair's shared children, to draw.
   *
   * @param cap the most people (children and professionals) to give
   * @throws SgnetException {@code INVALID_INPUT} naming the cap when the selection has more people
   */
  public BoardPeople people(
      LocalDate asOf, int windowDays, String agencyId, String otherAgencyId, int cap) {
    // One read of at most cap + 1 children: a selection far above the cap is refused without
    // reading its people.
    BoardChildren selected = read(asOf, windowDays, agencyId, otherAgencyId, 0, cap + 1);
    if (selected.total() > cap) {
      throw tooMany(selected.total() + " children", cap);
    }
    List<String> childIds = selected.items().stream().map(BoardChildren.Child::id).toList();
    List<String> agencyIds =
        otherAgencyId == null ? List.of(agencyId) : List.of(agencyId, otherAgencyId);
    Map<String, Object> params = window(asOf, windowDays);
    params.put("childIds", childIds);
    params.put("agencyIds", agencyIds);
    List<PeopleRow> rows =
        store.query(
            "board/people",
            params,
            r ->
                new PeopleRow(
                    r.get("id").asString(),
                    r.get("name").asString(""),
                    r.get("professionals")
                        .asList(
                            v ->
                                new Involved(
                                    v.get("id").asString(),
                                    v.get("name").asString(""),
                                    v.get("agency").asString(),
                                    v.get("lead").asBoolean(false))),
                    r.get("siblings").asList(Value::asString)));
    return people(asOf, windowDays, agencyIds, agencyNames(), rows, cap);
  }

  /** A child of the selection with its involved professionals of the selected agencies. */
  record PeopleRow(String id, String name, List<Involved> professionals, List<String> siblings) {}

  /** A professional involved with a child, of a selected agency. */
  record Involved(String id, String name, String agencyId, boolean lead) {}

  /** Builds the drawing of a selection; refuses it when it has more than {@code cap} people. */
  static BoardPeople people(
      LocalDate asOf,
      int windowDays,
      List<String> agencyIds,
      Map<String, String> agencyNames,
      List<PeopleRow> rows,
      int cap) {
    Map<String, BoardPeople.Node> nodes = new LinkedHashMap<>();
    for (String agency : agencyIds) {
      String key = "agency:" + agency;
      nodes.put(
          key, new BoardPeople.Node(key, "AGENCY", agencyNames.getOrDefault(agency, agency), null));
    }
    Map<String, BoardPeople.Node> people = new TreeMap<>();
    Map<List<String>, Boolean> involved = new TreeMap<>(BoardReader::comparePairs);
    List<BoardPeople.Edge> siblings = new ArrayList<>();
    for (PeopleRow row : rows) {
      String child = "person:" + row.id();
      people.put(child, new BoardPeople.Node(child, "CHILD", row.name(), null));
      for (Involved p : row.professionals()) {
        String key = "person:" + p.id();
        people.putIfAbsent(
            key, new BoardPeople.Node(key, "PROFESSIONAL", p.name(), "agency:" + p.agencyId()));
        involved.merge(List.of(key, child), p.lead(), Boolean::logicalOr);
      }
      for (String sibling : row.siblings()) {
        siblings.add(new BoardPeople.Edge("SIBLING", child, "person:" + sibling, false));
      }
    }
    if (people.size() > cap) {
      throw tooMany(people.size() + " people", cap);
    }
    nodes.putAll(people);
    List<BoardPeople.Edge> edges = new ArrayList<>();
    involved.forEach(
        (pair, lead) ->
            edges.add(new BoardPeople.Edge("INVOLVED", pair.get(0), pair.get(1), lead)));
    edges.addAll(siblings);
    return new BoardPeople(asOf, windowDays, agencyIds, List.copyOf(nodes.values()), edges);
  }

  private static int comparePairs(List<String> a, List<String> b) {
    int first = a.get(0).compareTo(b.get(0));
    return first != 0 ? first : a.get(1).compareTo(b.get(1));
  }

  private static SgnetException tooMany(String what, int cap) {
    return new SgnetException(
        SgnetException.Kind.INVALID_INPUT,
        "the selection has "
            + what
            + ", more than the "
            + cap
            + " people the board draws at once: choose a pair of agencies that share fewer"
            + " children, or a shorter window");
  }

  private void checkAgencies(String agencyId, String otherAgencyId) {
    if (agencyId == null) {
      throw new SgnetException(SgnetException.Kind.INVALID_INPUT, "agency is required");
    }
    if (agencyId.equals(otherAgencyId)) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT, "agency and other must be two different agencies");
    }
    Map<String, String> names = agencyNames();
    for (String id : new String[] {agencyId, otherAgencyId}) {
      if (id != null && !names.containsKey(id)) {
        throw new SgnetException(SgnetException.Kind.NOT_FOUND, "no agency " + id);
      }
    }
  }

  private static Map<String, Object> window(LocalDate asOf, int windowDays) {
    if (windowDays < 1) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT, "the window must be at least 1 day");
    }
    Map<String, Object> params = new HashMap<>();
    params.put("asOf", asOf);
    params.put("windowStart", asOf.minusDays(windowDays));
    return params;
  }

  private List<AgencyNetwork.Named> agencies() {
    return store.query(
        "board/agencies",
        Map.of(),
        r ->
            new AgencyNetwork.Named(
                r.get("id").asString(), r.get("name").asString(), r.get("sector").asString()));
  }

  private Map<String, String> agencyNames() {
    Map<String, String> names = new LinkedHashMap<>();
    agencies().forEach(a -> names.put(a.id(), a.name()));
    return names;
  }
}
