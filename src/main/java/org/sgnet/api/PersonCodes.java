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
import org.sgnet.export.GraphSnapshot;
import org.sgnet.export.GraphSnapshot.NodeType;
import org.sgnet.export.Pseudonymiser;
import org.sgnet.runs.FindingKey;
import org.sgnet.security.AuditNote;
import org.sgnet.store.Store;

/**
 * What a role that may not read person records (REVIEWER) gets from the read API, and so from the
 * pages built on it: every person under the code of the pseudonymised exports ({@code Child A},
 * {@code Professional 7}, as id {@code child-a}), never a name, birth date, a person's role text or
 * a case note's summary. Agencies keep their names: they are organisations, which a reviewer may
 * read ({@code /api/agencies}) and whose coordination is what a review is about.
 *
 * <p>The codes come from the exports' key, so one person has one code on every page, in every
 * answer and in every pseudonymised export.
 */
@Singleton
class PersonCodes {

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

  /** What a person id without a code is answered as. */
  static final String NOT_CODED = "not-coded";

  private static final String PERSON = NodeType.PERSON.prefix() + ":";

  /** A finding's stable key ({@code RULE:child,child[:event]}), whose children are coded too. */
  private static final java.util.regex.Pattern FINDING_KEY =
      java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]*:\\S+");

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
   * A finding's stable key as the role addresses it: a coded role names the children by code
   * ({@code NOT_SEEN_ALONE:child-a}), which are looked up in the key.
   */
  String findingKey(Authentication authentication, String asked) {
    if (asked == null || !codedFor(authentication)) {
      return asked;
    }
    return FindingKey.mapChildren(asked, id -> pseudonymiser.idOf(NodeType.PERSON, id).orElse(id));
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
  Map<String, String> codedIds(java.util.Collection<String> ids) {
    Map<String, String> coded = new HashMap<>();
    codes(new LinkedHashSet<>(ids), new HashMap<>())
        .forEach((id, code) -> coded.put(id, Pseudonymiser.idFor(code)));
    return coded;
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
    Map<String, String> idToCode = codes(strings, idToName);
    Map<String, String> codesByName = new HashMap<>();
    idToName.forEach(
        (id, name) -> {
          if (idToCode.containsKey(id)) {
            codesByName.put(name, idToCode.get(id));
          }
        });
    NameReplacer names = new NameReplacer(codesByName);
    return new Rewrite(idToCode, names, dropped).apply(document, false);
  }

  /** The codes of the people among the strings, by id; their names go into idToName. */
  private Map<String, String> codes(Set<String> strings, Map<String, String> idToName) {
    Set<String> candidates = new LinkedHashSet<>();
    for (String s : strings) {
      candidates.add(s.startsWith(PERSON) ? s.substring(PERSON.length()) : s);
    }
    List<GraphSnapshot.Node> nodes = new ArrayList<>();
    store.query(
        "read/people-by-id",
        Map.of("ids", List.copyOf(candidates)),
        r -> {
          String id = r.get("id").asString();
          Map<String, Object> props = new HashMap<>();
          props.put("kind", r.get("kind").asString(""));
          nodes.add(new GraphSnapshot.Node(NodeType.PERSON, id, List.of(), props));
          idToName.put(id, r.get("name").asString(""));
          return id;
        });
    Map<String, String> idToCode = new HashMap<>();
    pseudonymiser
        .codes(nodes)
        .forEach((key, code) -> idToCode.put(key.substring(PERSON.length()), code));
    return idToCode;
  }

  private static void collect(JsonNode node, Set<String> strings, Set<String> dropped) {
    if (node.isString()) {
      String s = node.getStringValue();
      strings.add(s);
      if (FINDING_KEY.matcher(s).matches()) {
        FindingKey.mapChildren(
            s,
            id -> {
              strings.add(id);
              return id;
            });
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
  private record Rewrite(Map<String, String> idToCode, NameReplacer names, Set<String> dropped) {

    /**
     * @param personIds whether the node is (an element of) a list of person ids
     */
    JsonNode apply(JsonNode node, boolean personIds) {
      if (node.isString()) {
        String s = node.getStringValue();
        if (personIds && !idToCode.containsKey(s)) {
          return JsonNode.createStringNode(NOT_CODED);
        }
        return JsonNode.createStringNode(text(s, idToCode, names));
      }
      if (node.isArray()) {
        List<JsonNode> values = new ArrayList<>();
        node.values().forEach(v -> values.add(apply(v, personIds)));
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
          fields.put(
              text(key, idToCode, names), apply(e.getValue(), PERSON_ID_LISTS.contains(key)));
        }
        return JsonNode.createObjectNode(fields);
      }
      return node;
    }
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  private static String text(String s, Map<String, String> idToCode, NameReplacer names) {
    String code = idToCode.get(s);
    if (code != null) {
      return Pseudonymiser.idFor(code);
    }
    if (s.startsWith(PERSON)) {
      String prefixed = idToCode.get(s.substring(PERSON.length()));
      if (prefixed != null) {
        return PERSON + Pseudonymiser.idFor(prefixed);
      }
    }
    if (FINDING_KEY.matcher(s).matches()) {
      return FindingKey.mapChildren(
          s, id -> idToCode.containsKey(id) ? Pseudonymiser.idFor(idToCode.get(id)) : id);
    }
    return names.replace(s);
  }
}
