package org.sgnet.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.sgnet.store.GraphSnapshot.NodeType;

/** Reads the network out of the store for exports and for the read API. */
public final class NetworkReader {

  private final Store store;

  public NetworkReader(Store store) {
    this.store = store;
  }

  /** Returns the whole network; one read transaction, so the snapshot is consistent. */
  public GraphSnapshot snapshot() {
    String nodes = CypherFile.load("export/nodes").statement();
    String relationships = CypherFile.load("export/relationships").statement();
    return store.read(
        tx -> {
          List<GraphSnapshot.Node> n = nodes(tx.run(nodes));
          return new GraphSnapshot(n, relationships(tx.run(relationships)));
        });
  }

  /**
   * Returns the part of the network about one child: the child, everyone tied to the child, every
   * event about the child, the people those events name and the agencies of all of them, with the
   * relationships between these; empty when no child has that id.
   */
  public Optional<GraphSnapshot> childSnapshot(String childId) {
    String nodes = CypherFile.load("export/child-nodes").statement();
    String among = CypherFile.load("export/relationships-among").statement();
    return store.read(
        tx -> {
          List<GraphSnapshot.Node> n = nodes(tx.run(nodes, Map.of("childId", childId)));
          if (n.isEmpty()) {
            return Optional.empty();
          }
          Map<NodeType, List<String>> ids = new java.util.EnumMap<>(NodeType.class);
          for (NodeType t : NodeType.values()) {
            ids.put(t, new ArrayList<>());
          }
          n.forEach(node -> ids.get(node.type()).add(node.id()));
          Map<String, Object> params =
              Map.of(
                  "personIds", ids.get(NodeType.PERSON),
                  "eventIds", ids.get(NodeType.EVENT),
                  "agencyIds", ids.get(NodeType.AGENCY));
          return Optional.of(new GraphSnapshot(n, relationships(tx.run(among, params))));
        });
  }

  private static List<GraphSnapshot.Node> nodes(org.neo4j.driver.Result result) {
    List<GraphSnapshot.Node> n = new ArrayList<>();
    result.forEachRemaining(
        r -> {
          NodeType type = NodeType.values()[r.get("rank").asInt()];
          Map<String, Object> props = properties(r.get("props"));
          n.add(
              new GraphSnapshot.Node(
                  type, (String) props.get("id"), r.get("kinds").asList(Value::asString), props));
        });
    return n;
  }

  private static List<GraphSnapshot.Relationship> relationships(org.neo4j.driver.Result result) {
    List<GraphSnapshot.Relationship> rels = new ArrayList<>();
    result.forEachRemaining(
        r ->
            rels.add(
                new GraphSnapshot.Relationship(
                    r.get("type").asString(),
                    key(r.get("fromRank").asInt(), r.get("fromId").asString()),
                    key(r.get("toRank").asInt(), r.get("toId").asString()),
                    properties(r.get("props")))));
    return rels;
  }

  /**
   * Returns the latest event date in the store, if it holds any event. It is the default as-of date
   * of most reads, so it is remembered for a second: under load that saves a query per request, and
   * an import is visible to it a second later at most.
   */
  public Optional<LocalDate> latestEventDate() {
    Latest cached = latest;
    long now = System.nanoTime();
    if (cached != null && now - cached.readAt() < LATEST_TTL_NANOS) {
      return cached.date();
    }
    Optional<LocalDate> date =
        store
            .query(
                "read/latest-event-date",
                Map.of(),
                r -> r.get("latest").isNull() ? null : r.get("latest").asLocalDate())
            .stream()
            .filter(java.util.Objects::nonNull)
            .findFirst();
    latest = new Latest(date, now);
    return date;
  }

  /** Forgets the remembered latest event date, after an import through this process. */
  public void forgetLatestEventDate() {
    latest = null;
  }

  private static final long LATEST_TTL_NANOS = 1_000_000_000L;

  private record Latest(Optional<LocalDate> date, long readAt) {}

  private volatile Latest latest;

  /** Returns how many agencies, people, ties and events the store holds. */
  public Map<String, Long> counts() {
    Record r = store.query("read/counts", Map.of(), x -> x).get(0);
    Map<String, Long> counts = new java.util.LinkedHashMap<>();
    for (String k : List.of("agencies", "people", "ties", "events")) {
      counts.put(k, r.get(k).asLong());
    }
    return Collections.unmodifiableMap(counts);
  }

  /**
   * Returns a child's network as of a date to a depth of 1 (the child's own ties) or 2 (also the
   * ties of the people tied to the child), or empty when no child has that id.
   */
  public Optional<ChildNetwork> childNetwork(String childId, LocalDate asOf, int depth) {
    if (depth < 1 || depth > 2) {
      throw new org.sgnet.SgnetException(
          org.sgnet.SgnetException.Kind.INVALID_INPUT, "depth must be 1 or 2");
    }
    Optional<ChildNetwork> first =
        store
            .query(
                "read/child-network",
                Map.of("childId", childId, "asOf", asOf),
                r -> ChildNetwork.from(r, asOf))
            .stream()
            .findFirst();
    if (first.isEmpty() || depth == 1) {
      return first;
    }
    List<String> ring =
        first.get().nodes().stream()
            .filter(n -> n.type().equals("PERSON") && !n.id().equals("person:" + childId))
            .map(n -> n.id().substring("person:".length()))
            .toList();
    List<Record> second =
        store.query(
            "read/child-network-ring",
            Map.of("ids", ring, "asOf", asOf, "childId", childId),
            r -> r);
    return Optional.of(first.get().extendedBy(second));
  }

  /**
   * Searches children by id or name and by the agency that knows them, a page at a time.
   *
   * @param q text the id or name contains (any case), or {@code null}
   * @param agencyId an agency that knows the child, or {@code null}
   * @param page the page, from 0
   * @param size the page size, 1 to 1,000
   */
  public ChildPage children(String q, String agencyId, int page, int size) {
    Map<String, Object> params = new java.util.HashMap<>();
    params.put("q", q == null || q.isBlank() ? null : q);
    params.put("agencyId", agencyId == null || agencyId.isBlank() ? null : agencyId);
    params.put("skip", (long) page * size);
    params.put("limit", (long) size);
    Record r = store.query("read/children", params, x -> x).get(0);
    List<ChildPage.Child> items =
        r.get("items")
            .asList(
                v ->
                    new ChildPage.Child(
                        v.get("id").asString(),
                        v.get("name").asString(),
                        v.get("birthDate").isNull() ? null : v.get("birthDate").asLocalDate()));
    return new ChildPage(r.get("total").asLong(), page, size, items);
  }

  /** Returns a child's chronology up to a date, optionally of one agency; empty if no child. */
  public Optional<Timeline> timeline(String childId, LocalDate asOf, String agencyId) {
    boolean exists =
        store
            .query("read/child-exists", Map.of("childId", childId), r -> r.get("found").asBoolean())
            .get(0);
    if (!exists) {
      return Optional.empty();
    }
    Map<String, Object> params = new java.util.HashMap<>();
    params.put("childId", childId);
    params.put("asOf", asOf);
    params.put("agencyId", agencyId == null || agencyId.isBlank() ? null : agencyId);
    Map<String, String> names = new java.util.TreeMap<>();
    Map<String, List<Timeline.Entry>> lanes = new java.util.TreeMap<>();
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
    return Optional.of(new Timeline(childId, asOf, result));
  }

  /**
   * Returns the agency coordination matrix as of a date over a window of days.
   *
   * @param asOf the date D
   * @param windowDays the window W, at least 1: events dated {@code D - W < d <= D} count
   */
  public CoordinationMatrix coordinationMatrix(LocalDate asOf, int windowDays) {
    if (windowDays < 1) {
      throw new org.sgnet.SgnetException(
          org.sgnet.SgnetException.Kind.INVALID_INPUT, "the window must be at least 1 day");
    }
    Map<String, Object> params = Map.of("asOf", asOf, "windowStart", asOf.minusDays(windowDays));
    Map<List<String>, List<String>> shared = new java.util.TreeMap<>(PAIR_ORDER);
    store.query(
        "board/shared-children",
        params,
        r ->
            shared.put(
                List.of(r.get("x").asString(), r.get("y").asString()),
                r.get("children").asList(Value::asString)));
    Map<List<String>, Long> events = new java.util.TreeMap<>(PAIR_ORDER);
    store.query(
        "board/coordination-events",
        params,
        r ->
            events.put(
                List.of(r.get("x").asString(), r.get("y").asString()), r.get("events").asLong()));
    java.util.Set<List<String>> pairs = new java.util.TreeSet<>(PAIR_ORDER);
    pairs.addAll(shared.keySet());
    pairs.addAll(events.keySet());
    List<CoordinationMatrix.Cell> cells = new ArrayList<>();
    for (List<String> pair : pairs) {
      cells.add(
          new CoordinationMatrix.Cell(
              pair.get(0),
              pair.get(1),
              shared.getOrDefault(pair, List.of()),
              events.getOrDefault(pair, 0L)));
    }
    List<CoordinationMatrix.Agency> agencies =
        store.query(
            "board/agencies",
            Map.of(),
            r ->
                new CoordinationMatrix.Agency(
                    r.get("id").asString(), r.get("name").asString(), r.get("sector").asString()));
    return new CoordinationMatrix(asOf, windowDays, agencies, cells);
  }

  /**
   * Returns one child's coordination picture (involved professionals with their agencies, involved
   * agencies, the professionals present at each coordination event) as of a date over a window, or
   * empty when no child has that id.
   */
  public Optional<Coordination> coordination(String childId, LocalDate asOf, int windowDays) {
    if (windowDays < 1) {
      throw new org.sgnet.SgnetException(
          org.sgnet.SgnetException.Kind.INVALID_INPUT, "the window must be at least 1 day");
    }
    return store
        .query(
            "read/child-coordination",
            Map.of("childId", childId, "asOf", asOf, "windowStart", asOf.minusDays(windowDays)),
            r ->
                new Coordination(
                    r.get("professionals")
                        .asList(
                            v ->
                                new Coordination.Professional(
                                    v.get("id").asString(),
                                    v.get("name").asString(),
                                    v.get("agencyId").isNull()
                                        ? null
                                        : v.get("agencyId").asString())),
                    r.get("agencies").asList(Value::asString),
                    r.get("gatherings").asList(v -> v.asList(Value::asString))))
        .stream()
        .findFirst();
  }

  /**
   * A child's coordination picture, as read.
   *
   * @param professionals the involved professionals
   * @param agencies the involved agencies
   * @param gatherings the professionals present at each coordination event
   */
  public record Coordination(
      List<Professional> professionals, List<String> agencies, List<List<String>> gatherings) {

    /**
     * An involved professional.
     *
     * @param id the id
     * @param name the name
     * @param agencyId the agency, or {@code null}
     */
    public record Professional(String id, String name, String agencyId) {}
  }

  private static final java.util.Comparator<List<String>> PAIR_ORDER =
      java.util.Comparator.<List<String>, String>comparing(p -> p.get(0))
          .thenComparing(p -> p.get(1));

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

  private static String key(int rank, String id) {
    return NodeType.values()[rank].prefix() + ":" + id;
  }

  /** Converts a driver map value to plain Java values, sorted by key for stable output. */
  static Map<String, Object> properties(Value map) {
    Map<String, Object> props = new TreeMap<>();
    map.asMap(v -> v.asObject()).forEach(props::put);
    return Collections.unmodifiableMap(props);
  }
}
