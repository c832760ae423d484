package org.sgnet.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sgnet.export.GraphSnapshot.NodeType;

/**
 * Replaces every name and id of a network with a stable code — {@code Child A}, {@code Professional
 * 7}, {@code Agency 3}, {@code Event 12} — and drops birth dates, free text (summaries, decisions'
 * text), {@code x_} properties and what sources said of a record (identifiers such as UPNs,
 * postcodes, provenance).
 *
 * <p>The codes are kept in a key file on the server (owner-only, one {@code type:id=code} line
 * each); a code once given is never reused or changed, so pseudonymised exports made on different
 * days line up. The key never leaves the server.
 */
public final class Pseudonymiser {

  /** Properties that are dropped: personal detail or free text. */
  static final Set<String> DROPPED =
      Set.of("birthDate", "summary", "name", "role", "identifiers", "postcode", "provenance");

  private final Path keyFile;
  private final Map<String, String> codes = new HashMap<>();
  private final Map<String, Integer> counters = new HashMap<>();

  /**
   * @param keyFile the key file; created on first use
   */
  public Pseudonymiser(Path keyFile) {
    this.keyFile = keyFile;
    load();
  }

  /**
   * Returns the code of every node of the snapshot by its key (such as {@code person:child-j} →
   * {@code Child A}), extending the key for new ids: the codes a pseudonymised export of the same
   * snapshot shows.
   */
  public synchronized Map<String, String> codes(GraphSnapshot snapshot) {
    return codes(snapshot.nodes());
  }

  /**
   * Returns the code of each node by its key, extending the key for new ids: the codes the same
   * nodes have in every pseudonymised export, for answers that show only some of them.
   */
  public synchronized Map<String, String> codes(List<GraphSnapshot.Node> some) {
    List<String> added = new ArrayList<>();
    Map<String, String> keyToCode = new HashMap<>();
    for (GraphSnapshot.Node n : some) {
      keyToCode.put(n.key(), code(n, added));
    }
    if (!added.isEmpty()) {
      append(added);
    }
    return keyToCode;
  }

  /** Returns a pseudonymised copy of the snapshot, extending the key for new ids. */
  public synchronized GraphSnapshot apply(GraphSnapshot snapshot) {
    return apply(snapshot, false);
  }

  /**
   * Returns a pseudonymised copy of the snapshot; with {@code agenciesNamed}, agencies keep their
   * ids and names (organisations, which every role may read) and only people and events are coded.
   */
  public synchronized GraphSnapshot apply(GraphSnapshot snapshot, boolean agenciesNamed) {
    Map<String, String> keyToCode = codes(snapshot);
    Set<String> named = new java.util.HashSet<>();
    if (agenciesNamed) {
      snapshot.nodes().stream()
          .filter(n -> n.type() == NodeType.AGENCY)
          .forEach(n -> named.add(n.key()));
    }
    List<GraphSnapshot.Node> nodes = new ArrayList<>();
    for (GraphSnapshot.Node n : snapshot.nodes()) {
      if (agenciesNamed && n.type() == NodeType.AGENCY) {
        Map<String, Object> props = new LinkedHashMap<>();
        n.properties().forEach((k, v) -> props.put(k, v));
        props.keySet().removeIf(k -> k.startsWith("x_") || k.equals("provenance"));
        nodes.add(new GraphSnapshot.Node(n.type(), n.id(), n.kinds(), props));
        continue;
      }
      String code = keyToCode.get(n.key());
      Map<String, Object> props = new LinkedHashMap<>();
      n.properties()
          .forEach(
              (k, v) -> {
                if (!DROPPED.contains(k) && !k.startsWith("x_") && !isFreeText(n, k)) {
                  props.put(k, v);
                }
              });
      props.put("id", slug(code));
      props.put("name", code);
      if (props.get("participantIds") instanceof List<?>) {
        props.remove("participantIds");
      }
      nodes.add(new GraphSnapshot.Node(n.type(), slug(code), n.kinds(), props));
    }
    // Participant lists come back from the PARTICIPANT links, coded like every other reference.
    Map<String, List<String>> participants = new HashMap<>();
    for (GraphSnapshot.Relationship r : snapshot.relationships()) {
      if (r.type().equals("PARTICIPANT")) {
        participants
            .computeIfAbsent(keyToCode.get(r.fromKey()), k -> new ArrayList<>())
            .add(slug(keyToCode.get(r.toKey())));
      }
    }
    List<GraphSnapshot.Node> withParticipants = new ArrayList<>();
    for (GraphSnapshot.Node n : nodes) {
      List<String> p = participants.get(n.properties().get("name"));
      if (n.type() == NodeType.EVENT && p != null) {
        Map<String, Object> props = new LinkedHashMap<>(n.properties());
        props.put("participantIds", p.stream().sorted().toList());
        n = new GraphSnapshot.Node(n.type(), n.id(), n.kinds(), props);
      }
      withParticipants.add(n);
    }
    List<GraphSnapshot.Relationship> rels = new ArrayList<>();
    for (GraphSnapshot.Relationship r : snapshot.relationships()) {
      Map<String, Object> props = new LinkedHashMap<>(r.properties());
      props.keySet().removeIf(k -> k.startsWith("x_") || DROPPED.contains(k));
      rels.add(
          new GraphSnapshot.Relationship(
              r.type(),
              prefixed(r.fromKey(), keyToCode, named),
              prefixed(r.toKey(), keyToCode, named),
              props));
    }
    return new GraphSnapshot(withParticipants, rels);
  }

  /**
   * Returns the id of the node of a type whose code, as a slug ({@code child-a}), is given: how a
   * page addressed by code finds its record again. Empty when no node has that code.
   */
  public synchronized java.util.Optional<String> idOf(NodeType type, String codeSlug) {
    String prefix = type.prefix() + ":";
    return codes.entrySet().stream()
        .filter(e -> e.getKey().startsWith(prefix) && slug(e.getValue()).equals(codeSlug))
        .map(e -> e.getKey().substring(prefix.length()))
        .findFirst();
  }

  /** {@code Family member 2} → {@code family-member-2}, the form codes take as ids. */
  public static String idFor(String code) {
    return slug(code);
  }

  private static boolean isFreeText(GraphSnapshot.Node n, String property) {
    return n.type() == NodeType.EVENT
        && property.equals("value")
        && "DECISION".equals(n.properties().get("type"));
  }

  private static String prefixed(String key, Map<String, String> keyToCode, Set<String> named) {
    if (named.contains(key)) {
      return key;
    }
    String type = key.substring(0, key.indexOf(':'));
    return type + ":" + slug(keyToCode.get(key));
  }

  private String code(GraphSnapshot.Node n, List<String> added) {
    String key = n.key();
    String code = codes.get(key);
    if (code == null) {
      String kind = kind(n);
      int next = counters.merge(kind, 1, Integer::sum);
      code = kind.equals("Child") ? "Child " + letters(next) : kind + " " + next;
      codes.put(key, code);
      added.add(key + "=" + code);
    }
    return code;
  }

  private static String kind(GraphSnapshot.Node n) {
    return switch (n.type()) {
      case AGENCY -> "Agency";
      case EVENT -> "Event";
      case PERSON -> {
        Object k = n.properties().get("kind");
        yield switch (k == null ? "" : k.toString()) {
          case "CHILD" -> "Child";
          case "PROFESSIONAL" -> "Professional";
          case "FAMILY" -> "Family member";
          case "CARER" -> "Carer";
          default -> "Person";
        };
      }
    };
  }

  /** 1 → A, 26 → Z, 27 → AA: the way reviews name children. */
  static String letters(int n) {
    StringBuilder s = new StringBuilder();
    int v = n;
    while (v > 0) {
      v--;
      s.insert(0, (char) ('A' + v % 26));
      v /= 26;
    }
    return s.toString();
  }

  /** {@code Family member 2} → {@code family-member-2}: a valid bundle id. */
  static String slug(String code) {
    return code.toLowerCase(Locale.ROOT).replace(' ', '-');
  }

  private void load() {
    try {
      if (!Files.exists(keyFile)) {
        return;
      }
      for (String line : Files.readAllLines(keyFile, StandardCharsets.UTF_8)) {
        int eq = line.lastIndexOf('=');
        if (eq < 0) {
          continue;
        }
        String key = line.substring(0, eq);
        String code = line.substring(eq + 1);
        codes.put(key, code);
        String kind = code.substring(0, code.lastIndexOf(' '));
        String number = code.substring(code.lastIndexOf(' ') + 1);
        int n = kind.equals("Child") ? fromLetters(number) : Integer.parseInt(number);
        counters.merge(kind, n, Math::max);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int fromLetters(String letters) {
    int n = 0;
    for (char c : letters.toCharArray()) {
      n = n * 26 + (c - 'A' + 1);
    }
    return n;
  }

  private void append(List<String> lines) {
    try {
      Files.createDirectories(keyFile.toAbsolutePath().getParent());
      if (!Files.exists(keyFile)) {
        Files.createFile(
            keyFile,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      }
      Files.write(keyFile, lines, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
