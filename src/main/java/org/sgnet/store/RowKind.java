package org.sgnet.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.neo4j.driver.SimpleQueryRunner;
import org.sgnet.bundle.Agency;
import org.sgnet.bundle.Bundle;
import org.sgnet.bundle.Event;
import org.sgnet.bundle.Person;
import org.sgnet.bundle.PersonKind;
import org.sgnet.bundle.Tie;
import org.sgnet.bundle.TieType;

/**
 * A kind of row that an import writes: where its rows are in a bundle, how one becomes the
 * parameters of its statements, and those statements ({@code cypher/import}) with the keys they
 * read. The kinds are written in the order of {@link #ALL}, each after the one it links to.
 *
 * <p>A batch of a kind asks which of its rows exist ({@link Statements#existing}); the others are
 * created ({@link Statements#create}), sent only the keys that statement reads ({@link
 * Statements#createKeys}), and the existing ones updated ({@link Statements#update}). The ids a row
 * links to are first turned into element ids ({@link Links}).
 *
 * @param name {@code agencies}, {@code people}, {@code ties} or {@code events}: it names the kind
 *     in the undo journal (its statements {@code before-NAME}, {@code restore-NAME} and {@code
 *     delete-NAME}, and its batches' {@code kind}) and in {@code import/kinds-present}
 * @param rows the bundle's rows of this kind, in the order they are written
 * @param mapping a row as the parameters of the kind's statements
 * @param statements the kind's statements
 * @param identity how the store knows a row again
 * @param links the ids a row links to
 * @param <T> the bundle's record of a row
 */
record RowKind<T>(
    String name,
    Function<Bundle, List<T>> rows,
    Function<T, Map<String, Object>> mapping,
    Statements statements,
    Identity identity,
    Links links) {

  /** How the store knows a row again, so that an import of the same row updates it. */
  enum Identity {
    /** By its {@code id}: lookups take {@code $ids} and return {@code id}. */
    ID,
    /**
     * By its type, its two people and its key (ties): lookups take {@code $rows} and return the row
     * number {@code i}. Such a row cannot be in the store yet when the import created one of its
     * people.
     */
    TYPE_ENDS_AND_KEY
  }

  /**
   * The statements of a kind, as names below {@code cypher/}.
   *
   * @param create creates rows that are not in the store
   * @param createKeys the keys {@code create} reads from its rows ({@code row.KEY}): a new row is
   *     sent only these (see {@link RowKind#asCreated})
   * @param update updates rows already in the store
   * @param existing finds which rows of a batch are in the store
   * @param returnsElementIds whether {@code create} and {@code update} return each row's {@code id}
   *     and element id {@code eid}, by which later kinds find it; a statement that returns nothing
   *     need not be waited for in one transaction (see {@link InFlight})
   */
  record Statements(
      String create,
      List<String> createKeys,
      String update,
      String existing,
      boolean returnsElementIds) {

    Statements {
      createKeys = List.copyOf(createKeys);
    }
  }

  /**
   * The ids a row links to, each with the key its element id goes under.
   *
   * @param agencies row key of an agency's id to row key of its element id
   * @param people row key of a person's id to row key of their element id
   * @param participants row key of a list of people's ids, whose element ids go under {@code
   *     participantEids}, or {@code null}
   */
  record Links(Map<String, String> agencies, Map<String, String> people, String participants) {

    Links {
      agencies = Map.copyOf(agencies);
      people = Map.copyOf(people);
    }
  }

  static final RowKind<Agency> AGENCIES =
      new RowKind<>(
          "agencies",
          Bundle::agencies,
          RowKind::agencyRow,
          new Statements(
              "import/agencies",
              List.of("id", "props"),
              "import/agencies",
              "import/existing-agencies",
              true),
          Identity.ID,
          new Links(Map.of(), Map.of(), null));

  static final RowKind<Person> PEOPLE =
      new RowKind<>(
          "people",
          Bundle::people,
          RowKind::personRow,
          new Statements(
              "import/people-create",
              List.of("agencyEid", "id", "label", "props"),
              "import/people",
              "import/existing-people",
              true),
          Identity.ID,
          new Links(Map.of("agencyId", "agencyEid"), Map.of(), null));

  static final RowKind<Tie> TIES =
      new RowKind<>(
          "ties",
          bundle -> distinctTies(bundle.ties()),
          RowKind::tieRow,
          new Statements(
              "import/ties-create",
              List.of("fromEid", "key", "props", "toEid", "type"),
              "import/ties",
              "import/existing-ties",
              false),
          Identity.TYPE_ENDS_AND_KEY,
          new Links(Map.of(), Map.of("from", "fromEid", "to", "toEid"), null));

  static final RowKind<Event> EVENTS =
      new RowKind<>(
          "events",
          Bundle::events,
          RowKind::eventRow,
          new Statements(
              "import/events-create",
              List.of("agencyEid", "id", "participantEids", "props", "recordedByEid", "subjectEid"),
              "import/events",
              "import/existing-events",
              false),
          Identity.ID,
          new Links(
              Map.of("agencyId", "agencyEid"),
              Map.of("subjectId", "subjectEid", "recordedBy", "recordedByEid"),
              "participants"));

  /** Every kind, in the order an import writes them. */
  static final List<RowKind<?>> ALL = List.of(AGENCIES, PEOPLE, TIES, EVENTS);

  /** Returns the bundle's rows of this kind, in the order they are written. */
  List<T> rows(Bundle bundle) {
    return rows.apply(bundle);
  }

  /**
   * Returns a batch's rows as parameter maps, each with its row number {@code i} in the batch; the
   * maps are modifiable, for the element ids that are added to them.
   */
  List<Map<String, Object>> parameters(List<T> slice) {
    List<Map<String, Object>> batch = new ArrayList<>(slice.size());
    for (T row : slice) {
      Map<String, Object> r = mapping.apply(row);
      r.put("i", (long) batch.size());
      batch.add(r);
    }
    return batch;
  }

  /** Returns what identifies a row of the batch in the answer of {@link Statements#existing}. */
  Object key(Map<String, Object> row) {
    return identity == Identity.ID ? row.get("id") : row.get("i");
  }

  /** Returns the keys of the rows of a batch that the store holds already. */
  Set<Object> existing(SimpleQueryRunner tx, List<Map<String, Object>> batch) {
    String statement = CypherFile.load(statements.existing()).statement();
    Set<Object> found = new HashSet<>();
    if (batch.isEmpty()) {
      return found;
    }
    if (identity == Identity.ID) {
      List<Object> ids = batch.stream().map(r -> r.get("id")).toList();
      tx.run(statement, Map.of("ids", ids))
          .forEachRemaining(r -> found.add(r.get("id").asString()));
    } else {
      tx.run(statement, Map.of("rows", batch))
          .forEachRemaining(r -> found.add(r.get("i").asLong()));
    }
    return found;
  }

  /**
   * Returns new rows as their create statement needs them: only the keys it reads, and only the
   * properties that have a value. The other keys serve the lookups and the journal; a null
   * property, which on an existing row removes a value, is nothing to a new one, yet Neo4j still
   * handles each. At 30,000 children that was 4.4 M of 9.9 M property writes.
   */
  List<Map<String, Object>> asCreated(List<Map<String, Object>> rows) {
    List<Map<String, Object>> sent = new ArrayList<>(rows.size());
    for (Map<String, Object> r : rows) {
      Map<String, Object> row = new HashMap<>();
      for (String key : statements.createKeys()) {
        row.put(key, key.equals("props") ? withValues((Map<?, ?>) r.get(key)) : r.get(key));
      }
      sent.add(row);
    }
    return sent;
  }

  @Override
  public String toString() {
    return name;
  }

  private static Map<String, Object> withValues(Map<?, ?> props) {
    Map<String, Object> values = new HashMap<>();
    props.forEach(
        (k, v) -> {
          if (v != null) {
            values.put((String) k, v);
          }
        });
    return values;
  }

  /**
   * Keeps the last of several rows that name the same tie (type, ends and start date): they update
   * one tie, in file order, so only the last one's values would remain.
   */
  private static List<Tie> distinctTies(List<Tie> ties) {
    Map<List<String>, Tie> byKey = new LinkedHashMap<>();
    for (Tie t : ties) {
      Map<String, Object> row = tieRow(t);
      List<String> key =
          List.of(
              (String) row.get("type"),
              (String) row.get("from"),
              (String) row.get("to"),
              (String) row.get("key"));
      byKey.remove(key);
      byKey.put(key, t);
    }
    return List.copyOf(byKey.values());
  }

  private static Map<String, Object> agencyRow(Agency a) {
    Map<String, Object> props = new HashMap<>(a.extra());
    props.put("name", a.name());
    props.put("sector", a.sector().name());
    props.put("provenance", listOrNull(a.provenance()));
    Map<String, Object> row = new HashMap<>();
    row.put("id", a.id());
    row.put("props", props);
    return row;
  }

  private static Map<String, Object> personRow(Person p) {
    Map<String, Object> props = new HashMap<>(p.extra());
    props.put("kind", p.kind().name());
    props.put("name", p.name());
    props.put("birthDate", p.birthDate());
    props.put("role", p.role());
    props.put("identifiers", listOrNull(p.identifiers()));
    props.put("postcode", p.postcode());
    props.put("provenance", listOrNull(p.provenance()));
    Map<String, Object> row = new HashMap<>();
    row.put("id", p.id());
    row.put("label", label(p.kind()));
    row.put("agencyId", p.agencyId());
    row.put("props", props);
    return row;
  }

  private static Map<String, Object> tieRow(Tie t) {
    String from = t.fromId();
    String to = t.toId();
    // A sibling tie is symmetric: store it one way round so that A-B and B-A are the same tie.
    if (t.type() == TieType.SIBLING && from.compareTo(to) > 0) {
      from = t.toId();
      to = t.fromId();
    }
    Map<String, Object> props = new HashMap<>(t.extra());
    props.put("start", t.startDate());
    props.put("end", t.endDate());
    props.put("parentalResponsibility", t.parentalResponsibility());
    props.put("legalBasis", t.legalBasis() == null ? null : t.legalBasis().name());
    props.put("lead", t.lead());
    props.put("provenance", listOrNull(t.provenance()));
    Map<String, Object> row = new HashMap<>();
    row.put("type", t.type().name());
    row.put("from", from);
    row.put("to", to);
    row.put("key", tieKey(t.startDate()));
    row.put("props", props);
    return row;
  }

  private static Map<String, Object> eventRow(Event e) {
    Map<String, Object> props = new HashMap<>(e.extra());
    props.put("date", e.date());
    props.put("type", e.type().name());
    props.put("subtype", e.subtype() == null ? null : e.subtype().name());
    props.put("value", e.value());
    props.put("requestedBy", e.requestedBy() == null ? null : e.requestedBy().name());
    props.put("seenAlone", e.seenAlone());
    props.put("summary", e.summary());
    props.put("provenance", listOrNull(e.provenance()));
    // The ordered list, so that an export gives the participants back as they were written.
    // Only a list that has participants: an empty list still takes a record of the array store,
    // for every event without participants (an absent property reads as none).
    props.put("participantIds", e.participants().isEmpty() ? null : e.participants());
    Map<String, Object> row = new HashMap<>();
    row.put("id", e.id());
    row.put("subjectId", e.subjectId());
    row.put("agencyId", e.agencyId());
    row.put("recordedBy", e.recordedBy());
    // One PARTICIPANT link per person, however often the list names them.
    row.put("participants", List.copyOf(new LinkedHashSet<>(e.participants())));
    row.put("props", props);
    return row;
  }

  /**
   * Returns a list property's value: {@code null} for an empty list, which a new row then lacks and
   * an updated row loses (a version 1 bundle says nothing of provenance or identifiers).
   */
  private static List<String> listOrNull(List<String> items) {
    return items.isEmpty() ? null : items;
  }

  /** The label of a kind of person: {@code CHILD} is {@code Child}. */
  private static String label(PersonKind kind) {
    String name = kind.name();
    return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
  }

  /** The part of a tie's identity beyond its type and ends: its start date, or '' when absent. */
  private static String tieKey(LocalDate start) {
    return start == null ? "" : start.toString();
  }
}
