package org.sgnet.identity;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.sgnet.SgnetException;
import org.sgnet.bundle.Person;
import org.sgnet.bundle.PersonKind;
import org.sgnet.sources.IdentityCandidates;
import org.sgnet.store.CypherFile;
import org.sgnet.store.Store;

/**
 * Who is who in the store: the people sources built (for matching the next import), the people who
 * only look alike (candidates), and the analysts' decisions on them. Confirming a pair makes the
 * two one person at once; rejecting keeps them apart and out of the candidates. Every decision is
 * kept in the store with who made it, when and why, and the identifiers of both sides.
 */
public final class Identities {

  /** What an analyst decided about a pair. */
  public enum Verdict {
    /** They are one person: merge them. */
    CONFIRMED,
    /** They are two people: stop suggesting the pair. */
    REJECTED
  }

  /**
   * A decision as kept.
   *
   * @param a the person kept (for a confirmation), the smaller id of the pair otherwise
   * @param b the person merged into {@code a} (for a confirmation)
   * @param verdict what was decided
   * @param reason why, as the analyst wrote it, or {@code null}
   * @param by who decided
   * @param at when
   */
  public record Decision(
      String a, String b, Verdict verdict, String reason, String by, Instant at) {}

  private final Store store;

  public Identities(Store store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** Returns the people that sources built, for identity matching of an import. */
  public List<Person> sourcePeople() {
    return store.query("identity/known-people", Map.of(), Identities::person);
  }

  /** Returns the candidate pairs, without those an analyst rejected. */
  public List<IdentityCandidates.Candidate> candidates() {
    Set<String> rejected =
        decisions().stream()
            .filter(d -> d.verdict() == Verdict.REJECTED)
            .map(d -> IdentityCandidates.pairKey(d.a(), d.b()))
            .collect(Collectors.toSet());
    List<Person> people = store.query("identity/people", Map.of(), Identities::person);
    return new IdentityCandidates(people, rejected).candidates();
  }

  /** Returns every decision, oldest first. */
  public List<Decision> decisions() {
    return store.query(
        "identity/decisions",
        Map.of(),
        r ->
            new Decision(
                r.get("a").asString(),
                r.get("b").asString(),
                Verdict.valueOf(r.get("verdict").asString()),
                r.get("reason").isNull() ? null : r.get("reason").asString(),
                r.get("by").asString(),
                r.get("at").asZonedDateTime().toInstant()));
  }

  /**
   * Decides about two people. A confirmation merges {@code b} into {@code a} (the person kept is
   * {@code a}: its id stays, so links to it from outside sgnet still work), in one transaction with
   * the decision; a rejection only records it. Refused while an import runs.
   *
   * @param a a person id
   * @param b another person id
   * @param verdict what was decided
   * @param reason why (required for a rejection, so that the next analyst knows)
   * @param by who decides
   * @return the decision kept
   * @throws SgnetException of kind {@code NOT_FOUND} when a person does not exist, {@code
   *     INVALID_INPUT} when the two cannot be one person (the same id, different kinds,
   *     professionals of different agencies) or a rejection has no reason, {@code CONFLICT} while
   *     an import runs
   */
  public Decision decide(String a, String b, Verdict verdict, String reason, String by) {
    Objects.requireNonNull(verdict, "verdict");
    if (a == null || b == null || a.equals(b)) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT, "a decision is about two different people");
    }
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    if (verdict == Verdict.REJECTED && why == null) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT, "a rejection needs a reason (--reason)");
    }
    String who = by == null || by.isBlank() ? "unknown" : by;
    Instant at = Instant.now();
    return store.whileNoImportRuns(
        () ->
            store.write(
                tx -> {
                  Map<String, Person> found = new HashMap<>();
                  tx.run(CypherFile.load("identity/pair").statement(), Map.of("ids", List.of(a, b)))
                      .forEachRemaining(r -> found.put(r.get("id").asString(), person(r)));
                  Person pa = require(found, a);
                  Person pb = require(found, b);
                  if (verdict == Verdict.CONFIRMED) {
                    checkMergeable(pa, pb);
                    tx.run(
                            CypherFile.load("identity/merge").statement(),
                            Map.of("a", a, "b", b, "props", merged(pa, pb)))
                        .consume();
                  }
                  Map<String, Object> params = new HashMap<>();
                  params.put("a", verdict == Verdict.CONFIRMED ? a : min(a, b));
                  params.put("b", verdict == Verdict.CONFIRMED ? b : max(a, b));
                  params.put("verdict", verdict.name());
                  params.put("reason", why);
                  params.put("by", who);
                  params.put("at", at.atZone(ZoneOffset.UTC).toString());
                  params.put("identifiersA", pa.identifiers());
                  params.put("identifiersB", pb.identifiers());
                  tx.run(CypherFile.load("identity/decide").statement(), params).consume();
                  return new Decision(
                      (String) params.get("a"), (String) params.get("b"), verdict, why, who, at);
                }));
  }

  private static Person require(Map<String, Person> found, String id) {
    Person p = found.get(id);
    if (p == null) {
      throw new SgnetException(SgnetException.Kind.NOT_FOUND, "no person has id " + id);
    }
    return p;
  }

  private static void checkMergeable(Person a, Person b) {
    if (a.kind() != b.kind()) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT,
          a.id() + " is " + a.kind() + " and " + b.id() + " is " + b.kind() + ": not one person");
    }
    if (a.kind() == PersonKind.PROFESSIONAL && !Objects.equals(a.agencyId(), b.agencyId())) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT,
          a.id()
              + " and "
              + b.id()
              + " are professionals of different agencies; sgnet keeps one agency per professional");
    }
  }

  /**
   * The properties of the merged person: {@code a}'s, with {@code b}'s where {@code a} has none (a
   * made-up name counts as none), the identifiers and provenance of both.
   */
  static Map<String, Object> merged(Person a, Person b) {
    Map<String, Object> props = new HashMap<>();
    boolean aNamed = !isMadeUp(a);
    props.put("name", aNamed || isMadeUp(b) ? a.name() : b.name());
    props.put("birthDate", a.birthDate() != null ? a.birthDate() : b.birthDate());
    props.put("role", a.role() != null ? a.role() : b.role());
    props.put("postcode", a.postcode() != null ? a.postcode() : b.postcode());
    LinkedHashSet<String> identifiers = new LinkedHashSet<>(a.identifiers());
    identifiers.addAll(b.identifiers());
    LinkedHashSet<String> provenance = new LinkedHashSet<>(a.provenance());
    provenance.addAll(b.provenance());
    props.put("identifiers", identifiers.isEmpty() ? null : new ArrayList<>(identifiers));
    props.put("provenance", provenance.isEmpty() ? null : new ArrayList<>(provenance));
    return props;
  }

  private static boolean isMadeUp(Person p) {
    return org.sgnet.sources.IdentityResolver.isMadeUpName(p.name(), p.kind(), p.id());
  }

  private static String min(String x, String y) {
    return x.compareTo(y) <= 0 ? x : y;
  }

  private static String max(String x, String y) {
    return x.compareTo(y) <= 0 ? y : x;
  }

  /**
   * A person as the store keeps them, for identity matching. The {@code x_} properties are not
   * read, since matching never looks at them: {@code extra} is empty.
   */
  static Person person(Record r) {
    return new Person(
        required(r, "id"),
        PersonKind.valueOf(required(r, "kind")),
        r.get("name").isNull() ? null : r.get("name").asString(),
        r.get("birthDate").isNull() ? null : r.get("birthDate").asLocalDate(),
        text(r.get("agencyId")),
        text(r.get("role")),
        Map.of(),
        strings(r.get("identifiers")),
        text(r.get("postcode")),
        strings(r.get("provenance")));
  }

  /**
   * Every person has an id and a kind: matching keys on them. The store's constraint makes an id
   * unique but does not require one, and the driver reads a missing value as the text {@code null};
   * so a person without one fails here instead of being matched (or merged) under a made-up id.
   */
  private static String required(Record r, String key) {
    Value v = r.get(key);
    if (v.isNull()) {
      throw new SgnetException(SgnetException.Kind.FAILURE, "a person in the store has no " + key);
    }
    return v.asString();
  }

  private static String text(Value v) {
    return v.isNull() ? null : v.asString();
  }

  private static List<String> strings(Value v) {
    return v.isNull() ? List.of() : v.asList(Value::asString);
  }
}
