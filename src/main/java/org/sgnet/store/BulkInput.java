package org.sgnet.store;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.input.Group;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.internal.batchimport.input.Groups;
import org.sgnet.bundle.Bundle;

/**
 * A validated bundle as the input of Neo4j's bulk importer: the same nodes, labels, relationships
 * and property values that the statements of {@code cypher/import} create in an empty store. The
 * rows become parameters through the same {@link RowKind} mappings, so the two paths cannot drift
 * apart in what a property holds; only the graph shape is written here as well as in the create
 * statements ({@code people-create}, {@code ties-create}, {@code events-create}).
 *
 * <p>Nodes are found by their {@code id} within a group per kind (agencies, people, events), as
 * with {@code neo4j-admin database import}'s {@code ID} spaces.
 */
final class BulkInput {

  /** Rows handed out per chunk: each chunk is one worker's unit of reading. */
  private static final int CHUNK_ROWS = 5_000;

  private final Groups groups = new Groups();
  private final Group agencyIds = groups.getOrCreate("Agency");
  private final Group personIds = groups.getOrCreate("Person");
  private final Group eventIds = groups.getOrCreate("Event");

  private final List<Part<?>> nodes;
  private final List<Part<?>> relationships;
  private final Bundle bundle;
  private final LongAdder nodesWritten = new LongAdder();
  private final LongAdder relationshipsWritten = new LongAdder();
  private final LongAdder propertiesWritten = new LongAdder();

  BulkInput(Bundle bundle) {
    this.bundle = bundle;
    this.nodes =
        List.of(
            new Part<>(RowKind.AGENCIES, bundle, node(agencyIds, "Agency")),
            new Part<>(RowKind.PEOPLE, bundle, node(personIds, "Person")),
            new Part<>(RowKind.EVENTS, bundle, node(eventIds, "Event")));
    this.relationships =
        List.of(
            new Part<>(RowKind.PEOPLE, bundle, this::membership),
            new Part<>(RowKind.TIES, bundle, this::tie),
            new Part<>(RowKind.EVENTS, bundle, this::eventLinks));
  }

  /** The importer's view of the bundle. */
  Input input() {
    long nodeCount = (long) bundle.agencies().size() + bundle.people().size();
    nodeCount += bundle.events().size();
    long relationshipCount = (long) bundle.people().size() + bundle.ties().size();
    relationshipCount += 4L * bundle.events().size();
    Input.Estimates estimates =
        Input.knownEstimates(
            nodeCount, relationshipCount, 8 * nodeCount, 4 * relationshipCount, 0, 0, 2);
    return Input.input(
        () -> new Rows(nodes), () -> new Rows(relationships), IdType.STRING, estimates, groups);
  }

  /** Nodes handed to the importer so far. */
  long nodesWritten() {
    return nodesWritten.sum();
  }

  /** Relationships handed to the importer so far. */
  long relationshipsWritten() {
    return relationshipsWritten.sum();
  }

  /** Property values handed to the importer so far, the ids and tie keys included. */
  long propertiesWritten() {
    return propertiesWritten.sum();
  }

  // ---- what each row becomes: the n-th entity of a row, or false when it has no n-th ----

  /** A node of a kind: its row's {@code id} in the kind's group, its labels, its properties. */
  private static Shape node(Group group, String label) {
    return (row, n, e) -> {
      if (n > 0) {
        return false;
      }
      // A person's row names the label of their kind as well.
      Object kind = row.get("label");
      String[] labels = kind == null ? new String[] {label} : new String[] {label, (String) kind};
      e.node(group, row.get("id"), labels).properties(row);
      return true;
    };
  }

  /** A person's MEMBER_OF the agency their row names, as {@code people-create} links it. */
  private boolean membership(Map<String, Object> row, int n, Element e) {
    Object agency = row.get("agencyId");
    if (n > 0 || agency == null) {
      return false;
    }
    e.relationship(personIds, row.get("id"), "MEMBER_OF", agencyIds, agency);
    return true;
  }

  /** A tie, one way round and keyed as {@code ties-create} writes it. */
  private boolean tie(Map<String, Object> row, int n, Element e) {
    if (n > 0) {
      return false;
    }
    e.relationship(personIds, row.get("from"), (String) row.get("type"), personIds, row.get("to"))
        .property("key", row.get("key"))
        .properties(row);
    return true;
  }

  /**
   * An event's links, as {@code events-create} writes them: ABOUT, RECORDED_IN, RECORDED_BY when it
   * has a recorder, and one PARTICIPANT per distinct participant.
   */
  private boolean eventLinks(Map<String, Object> row, int n, Element e) {
    Object id = row.get("id");
    if (n == 0) {
      e.relationship(eventIds, id, "ABOUT", personIds, row.get("subjectId"));
      return true;
    }
    if (n == 1) {
      e.relationship(eventIds, id, "RECORDED_IN", agencyIds, row.get("agencyId"));
      return true;
    }
    Object recorder = row.get("recordedBy");
    int participant = n - 2;
    if (recorder != null) {
      if (n == 2) {
        e.relationship(eventIds, id, "RECORDED_BY", personIds, recorder);
        return true;
      }
      participant--;
    }
    List<?> participants = (List<?>) row.get("participants");
    if (participant < participants.size()) {
      e.relationship(eventIds, id, "PARTICIPANT", personIds, participants.get(participant));
      return true;
    }
    return false;
  }

  /** Writes the n-th entity of a row, or returns false when the row has no more. */
  @FunctionalInterface
  private interface Shape {
    boolean write(Map<String, Object> row, int n, Element entity);
  }

  /** The rows of a kind and what each becomes. */
  private static final class Part<T> {
    private final RowKind<T> kind;
    private final List<T> rows;
    private final Shape shape;

    Part(RowKind<T> kind, Bundle bundle, Shape shape) {
      this.kind = kind;
      this.rows = kind.rows(bundle);
      this.shape = shape;
    }

    int size() {
      return rows.size();
    }

    Map<String, Object> row(int i) {
      return kind.mapping().apply(rows.get(i));
    }
  }

  /** Hands out the rows of the parts in chunks, to the importer's readers side by side. */
  private final class Rows implements InputIterator {
    private final List<Part<?>> parts;
    private int part;
    private int next;

    Rows(List<Part<?>> parts) {
      this.parts = parts;
    }

    @Override
    public InputChunk newChunk() {
      return new Chunk();
    }

    @Override
    public synchronized boolean next(InputChunk chunk) {
      while (part < parts.size() && next >= parts.get(part).size()) {
        part++;
        next = 0;
      }
      if (part == parts.size()) {
        return false;
      }
      Part<?> current = parts.get(part);
      int to = Math.min(current.size(), next + CHUNK_ROWS);
      ((Chunk) chunk).reset(current, next, to);
      next = to;
      return true;
    }

    @Override
    public void close() {
      // Nothing held: the rows are the bundle's.
    }
  }

  /** A range of one part's rows, visited one entity at a time. */
  private final class Chunk implements InputChunk {
    private Part<?> part;
    private int row;
    private int to;
    private int n;
    private Map<String, Object> current;

    void reset(Part<?> part, int from, int to) {
      this.part = part;
      this.row = from;
      this.to = to;
      this.n = 0;
      this.current = null;
    }

    @Override
    public boolean next(InputEntityVisitor visitor) throws IOException {
      Visiting entity = new Visiting(visitor);
      while (row < to) {
        if (current == null) {
          current = part.row(row);
        }
        if (part.shape.write(current, n, entity)) {
          n++;
          visitor.endOfEntity();
          return true;
        }
        row++;
        n = 0;
        current = null;
      }
      return false;
    }

    @Override
    public void close() {
      // Nothing held.
    }
  }

  /** What a row is written as: a node or a relationship with its properties. */
  private abstract static class Element {

    abstract Element node(Group group, Object id, String... labels);

    abstract Element relationship(
        Group fromGroup, Object from, String type, Group toGroup, Object to);

    abstract Element property(String key, Object value);

    /**
     * The row's {@code id} (for a node) and its properties with a value: as {@code SET n += props}
     * leaves a null property out. A list is stored as an array, as Cypher stores a list parameter.
     */
    Element properties(Map<String, Object> row) {
      Object id = row.get("id");
      if (id != null && !row.containsKey("from")) {
        property("id", id);
      }
      ((Map<?, ?>) row.get("props"))
          .forEach(
              (k, v) -> {
                if (v != null) {
                  property((String) k, v instanceof List<?> l ? l.toArray(new String[0]) : v);
                }
              });
      return this;
    }
  }

  /** Hands what is written to the importer. */
  private final class Visiting extends Element {
    private final InputEntityVisitor visitor;

    Visiting(InputEntityVisitor visitor) {
      this.visitor = visitor;
    }

    @Override
    Element node(Group group, Object id, String... labels) {
      visitor.id(id, group);
      visitor.labels(labels);
      nodesWritten.increment();
      return this;
    }

    @Override
    Element relationship(Group fromGroup, Object from, String type, Group toGroup, Object to) {
      visitor.startId(from, fromGroup);
      visitor.endId(to, toGroup);
      visitor.type(type);
      relationshipsWritten.increment();
      return this;
    }

    @Override
    Element property(String key, Object value) {
      visitor.property(key, value);
      propertiesWritten.increment();
      return this;
    }
  }
}
