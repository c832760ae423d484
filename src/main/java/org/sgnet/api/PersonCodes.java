package org.sgnet.api;

import static org.sgnet.security.Roles.ADMIN;
import static org.sgnet.security.Roles.ANALYST;
import static org.sgnet.security.Roles.TOOL;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.sgnet.export.GraphSnapshot;
import org.sgnet.export.GraphSnapshot.NodeType;
import org.sgnet.export.Pseudonymiser;
import org.sgnet.runs.FindingKey;
import org.sgnet.security.AuditNote;
import org.sgnet.store.Store;
import org.sgnet.webhooks.ChildCodes;

/**
 * What a role that may not read person records (REVIEWER) gets from the read API, and so from the
 * pages built on it: every person under the code of the pseudonymised exports ({@code Child A},
 * {@code Professional 7}, as id {@code child-a}), never a name, birth date, a person's role text or
 * a case note's summary. Events are coded too ({@code event-12}): the ids a source adapter gives
 * them are built from the child's id in the source, which would tie a code back to a record.
 * Agencies keep their names: they are organisations, which a reviewer may read ({@code
 * /api/agencies}) and whose coordination is what a review is about.
 *
 * <p>The codes come from the exports' key, so one person has one code on every page, in every
 * answer and in every pseudonymised export.
 */
@Singleton
class PersonCodes implements ChildCodes {

  /** Fields of personal detail or free text that a coded answer leaves out. */
  private static final Set<String> DROPPED =
      Set.of(
          "birthDate",
          "summary",
          "role",
          "identifiers",
          "provenance",
          "postcode",
          // A triage's reason and note: an analyst's free text, which may name anyone.
          "reason",
          "note");

  /**
   * What a coded answer of recorded findings also leaves out: a finding's message as it was worded
   * when it was recorded, with the names people had then. A person renamed or merged away since is
   * no longer in the store under that name, so the message could not be coded.
   */
  private static final Set<String> RECORD_DROPPED = union(DROPPED, Set.of("message"));

  /**
   * Lists of person ids: an id among them that the store no longer holds (merged into another
   * person since it was recorded) has no code and is answered as {@link #NOT_CODED}.
   */
  private static final Set<String> PERSON_ID_LISTS = Set.of("childIds", "personIds");

  /**
   * Fields that name events (findings' details): an id among them that the store no longer holds
   * has no code and is answered as {@link #NOT_CODED}.
   */
  private static final Set<String> EVENT_ID_FIELDS =
      Set.of("eventId", "requestEventId", "eventIds");

  /** What a person or event id without a code is answered as. */
  static final String NOT_CODED = "not-coded";

  private static final String PERSON = NodeType.PERSON.prefix() + ":";

  private static final String EVENT = NodeType.EVENT.prefix() + ":";

  private final Pseudonymiser pseudonymiser;
  private final Store store;
  private final JsonMapper json;

  PersonCodes(Pseudonymiser pseudonymiser, Store store, JsonMapper json) {
    this.pseudonymiser = pseudonymiser;
    this.store = store;
    this.json = json;
  }

  /** Whether the role sees codes: it may not read person records through the API. */
  static boolean codedFor(Authentication authentication) {
    return authentication.getRoles().stream()
        .noneMatch(r -> r.equals(ADMIN) || r.equals(ANALYST) || r.equals(TOOL));
  }

  /**
   * The child's id as the role addresses it: a coded role asks by code ({@code child-a}), which is
   * looked up in the key; anything else is passed on, and the answer is coded all the same.
   */
  String childId(Authentication authentication, String asked) {
    if (asked == null || asked.isBlank() || !codedFor(authentication)) {
      return asked;
    }
    return pseudonymiser.idOf(NodeType.PERSON, asked).orElse(asked);
  }

  /**
   * A finding's stable key as the role addresses it: a coded role names the children and the event
   * by code ({@code NOT_SEEN_ALONE:child-a}, {@code SINGLE_AGENCY_ASSESSMENT:child-a:event-12}),
   * which are looked up in the key.
   */
  String findingKey(Authentication authentication, String asked) {
    if (asked == null || !codedFor(authentication)) {
      return asked;
    }
    return FindingKey.map(
        asked,
        id -> pseudonymiser.idOf(NodeType.PERSON, id).orElse(id),
        event -> pseudonymiser.idOf(NodeType.EVENT, event).orElse(event));
  }

  /**
   * The search of the children list as the role may make it: a coded role finds a child by code
   * ({@code Child A} or {@code child-a}) and by nothing else, since a search by name would tell
   * whether a name is known. Empty when a coded role's search names no code.
   */
  java.util.Optional<String> search(Authentication authentication, String q) {
    if (q == null || q.isBlank() || !codedFor(authentication)) {
      return java.util.Optional.ofNullable(q);
    }
    String slug = q.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", "-");
    return pseudonymiser.idOf(NodeType.PERSON, slug);
  }

  /**
   * The coded id ({@code child-a}) of each of the ids that names a person in the store, as a coded
   * answer gives it: for payloads that leave the server, such as webhooks'.
   */
  @Override
  public Map<String, String> codes(java.util.Collection<String> ids) {
    return slugs(lookUp(new LinkedHashSet<>(ids), new HashMap<>()).people());
  }

  /**
   * The coded id ({@code event-12}) of each of the ids that names an event in the store, as a coded
   * answer gives it: for payloads that leave the server, such as webhooks'.
   */
  @Override
  public Map<String, String> eventCodes(java.util.Collection<String> ids) {
    return slugs(lookUp(new LinkedHashSet<>(ids), new HashMap<>()).events());
  }

  private static Map<String, String> slugs(Map<String, String> codes) {
    Map<String, String> slugs = new HashMap<>();
    codes.forEach((id, code) -> slugs.put(id, Pseudonymiser.idFor(code)));
    return slugs;
  }

  /** The answer as the role may see it: coded for REVIEWER, else unchanged. */
  <T> T visible(Authentication authentication, T answer, Class<T> type) {
    if (!codedFor(authentication)) {
      return answer;
    }
    try {
      JsonNode coded = coded(json.writeValueToTree(answer), DROPPED);
      return json.readValueFromTree(coded, Argument.of(type));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The answer as the role may see it, its size (items, cells, links answered) noted on the request
   * for its audit line: what every read of the board and of a child's pages does last.
   */
  <T> T visible(
      HttpRequest<?> request, Authentication authentication, T answer, Class<T> type, long size) {
    AuditNote.attach(request, AuditNote.size(size));
    return visible(authentication, answer, type);
  }

  /** A JSON document as the role may see it: coded for REVIEWER, else unchanged. */
  byte[] visible(Authentication authentication, byte[] document) {
    return visible(authentication, document, DROPPED);
  }

  /**
   * A JSON document of recorded findings (records, history, change feed) as the role may see it:
   * coded for REVIEWER and without the messages worded when they were recorded, else unchanged.
   */
  byte[] visibleRecords(Authentication authentication, byte[] document) {
    return visible(authentication, document, RECORD_DROPPED);
  }

  private byte[] visible(Authentication authentication, byte[] document, Set<String> dropped) {
    if (!codedFor(authentication)) {
      return document;
    }
    try {
      return json.writeValueAsBytes(
          coded(json.readValue(document, Argument.of(JsonNode.class)), dropped));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Codes a document: every string that is a person's id (bare or as {@code person:id}, as a value
   * or a key) becomes the code's id, and the names of those people become their codes wherever they
   * appear in text (findings' messages, lane titles, references' names).
   */
  private JsonNode coded(JsonNode document, Set<String> dropped) {
    Set<String> strings = new LinkedHashSet<>();
    collect(document, strings, dropped);
    Map<String, String> idToName = new HashMap<>();
    Coded coded = lookUp(strings, idToName);
    Map<String, String> codesByName = new HashMap<>();
    idToName.forEach(
        (id, name) -> {
          if (coded.people().containsKey(id)) {
            codesByName.put(name, coded.people().get(id));
          }
        });
    NameReplacer names = new NameReplacer(codesByName);
    // Messages cite events by id ("the contact e-17 that answered …"): as whole words, in codes.
    NameReplacer events = new NameReplacer(coded.events(), true);
    return new Rewrite(coded, names, events, dropped).apply(document, Field.ANY);
  }

  /**
   * The codes of the people and of the events among the strings, by id; the people's names go into
   * idToName.
   */
  private Coded lookUp(Set<String> strings, Map<String, String> idToName) {
    Set<String> candidates = new LinkedHashSet<>();
    for (String s : strings) {
      candidates.add(unprefixed(unprefixed(s, PERSON), EVENT));
    }
    List<GraphSnapshot.Node> nodes = new ArrayList<>();
    Map<String, Object> ids = Map.of("ids", List.copyOf(candidates));
    store.query(
        "read/people-by-id",
        ids,
        r -> {
          String id = r.get("id").asString();
          Map<String, Object> props = new HashMap<>();
          props.put("kind", r.get("kind").asString(""));
          nodes.add(new GraphSnapshot.Node(NodeType.PERSON, id, List.of(), props));
          idToName.put(id, r.get("name").asString(""));
          return id;
        });
    store.query(
        "read/events-by-id",
        ids,
        r -> {
          String id = r.get("id").asString();
          nodes.add(new GraphSnapshot.Node(NodeType.EVENT, id, List.of(), Map.of()));
          return id;
        });
    // New codes are given in the order an export gives them, people before events, each by id.
    nodes.sort(
        java.util.Comparator.comparing(GraphSnapshot.Node::type)
            .thenComparing(GraphSnapshot.Node::id));
    Map<String, String> people = new HashMap<>();
    Map<String, String> events = new HashMap<>();
    pseudonymiser
        .codes(nodes)
        .forEach(
            (key, code) -> {
              if (key.startsWith(PERSON)) {
                people.put(key.substring(PERSON.length()), code);
              } else {
                events.put(key.substring(EVENT.length()), code);
              }
            });
    return new Coded(people, events);
  }

  private static String unprefixed(String s, String prefix) {
    return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
  }

  /**
   * The codes of a document's people and events by the store's id ({@code Child A}, {@code Event
   * 12}). A person's code wins where an event has the same id: bundle ids are unique only within
   * their file.
   */
  private record Coded(Map<String, String> people, Map<String, String> events) {

    /** The coded id of any id the document holds, or {@code null} when it names no one. */
    String any(String id) {
      String code = people.containsKey(id) ? people.get(id) : events.get(id);
      return code == null ? null : Pseudonymiser.idFor(code);
    }

    String person(String id) {
      String code = people.get(id);
      return code == null ? NOT_CODED : Pseudonymiser.idFor(code);
    }

    String event(String id) {
      String code = events.get(id);
      return code == null ? NOT_CODED : Pseudonymiser.idFor(code);
    }
  }

  /** What a field of a document holds, as far as coding goes. */
  private enum Field {
    /** Anything: a person's or an event's id is coded, other text has people's names coded. */
    ANY,
    /** People's ids only: one without a code is answered as {@link #NOT_CODED}. */
    PEOPLE,
    /** Events' ids only: one without a code is answered as {@link #NOT_CODED}. */
    EVENTS;

    static Field of(String key) {
      if (PERSON_ID_LISTS.contains(key)) {
        return PEOPLE;
      }
      return EVENT_ID_FIELDS.contains(key) ? EVENTS : ANY;
    }
  }

  private static void collect(JsonNode node, Set<String> strings, Set<String> dropped) {
    if (node.isString()) {
      String s = node.getStringValue();
      strings.add(s);
      if (FindingKey.isKey(s)) {
        UnaryOperator<String> add =
            id -> {
              strings.add(id);
              return id;
            };
        FindingKey.map(s, add, add);
      }
    } else if (node.isArray()) {
      node.values().forEach(v -> collect(v, strings, dropped));
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.entries()) {
        if (!dropped.contains(e.getKey())) {
          strings.add(e.getKey());
          collect(e.getValue(), strings, dropped);
        }
      }
    }
  }

  /** Rewrites a document in codes, leaving out the dropped fields. */
  private record Rewrite(
      Coded coded, NameReplacer names, NameReplacer events, Set<String> dropped) {

    /**
     * @param field what the node (or the list it is an element of) holds
     */
    JsonNode apply(JsonNode node, Field field) {
      if (node.isString()) {
        String s = node.getStringValue();
        return JsonNode.createStringNode(
            switch (field) {
              case PEOPLE -> coded.person(s);
              case EVENTS -> coded.event(s);
              case ANY -> text(s);
            });
      }
      if (node.isArray()) {
        List<JsonNode> values = new ArrayList<>();
        node.values().forEach(v -> values.add(apply(v, field)));
        return JsonNode.createArrayNode(values);
      }
      if (node.isObject()) {
        // A decision's value is what was decided, in words: free text like a summary.
        JsonNode type = node.get("type");
        boolean decision =
            type != null && type.isString() && "DECISION".equals(type.getStringValue());
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.entries()) {
          String key = e.getKey();
          if (dropped.contains(key) || (decision && key.equals("value"))) {
            continue;
          }
          fields.put(text(key), apply(e.getValue(), Field.of(key)));
        }
        return JsonNode.createObjectNode(fields);
      }
      return node;
    }

    /**
     * A string as a coded answer gives it: a person's or event's id (bare or prefixed) as its code,
     * a finding's key with its children and event coded (one without a code as {@link #NOT_CODED}),
     * any other text with people's names and events' ids replaced by their codes.
     */
    private String text(String s) {
      String code = coded.any(s);
      if (code != null) {
        return code;
      }
      if (s.startsWith(PERSON) && coded.people().containsKey(s.substring(PERSON.length()))) {
        return PERSON + coded.person(s.substring(PERSON.length()));
      }
      if (s.startsWith(EVENT) && coded.events().containsKey(s.substring(EVENT.length()))) {
        return EVENT + coded.event(s.substring(EVENT.length()));
      }
      if (FindingKey.isKey(s)) {
        return FindingKey.map(s, coded::person, coded::event);
      }
      return names.replace(events.replace(s));
    }
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
