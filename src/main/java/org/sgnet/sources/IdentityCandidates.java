package org.sgnet.sources;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.sgnet.bundle.Person;
import org.sgnet.bundle.PersonKind;

/**
 * The pairs of people who only look alike: candidates for an analyst to confirm as one person or
 * reject, never merged by sgnet itself.
 *
 * <p><b>Definition.</b> Two people of the same kind, neither a professional, are a candidate pair
 * when their normalised full names and birth dates are equal (evidence {@code NAME}, {@code
 * BIRTH_DATE}, and {@code POSTCODE} when both postcodes are known and equal), or when their
 * normalised last names, birth dates and postcodes are equal though their first names differ
 * (evidence {@code LAST_NAME}, {@code BIRTH_DATE}, {@code POSTCODE}: a first name spelt or given
 * differently by another agency). Two professionals are a pair when their normalised names are
 * equal and they belong to the same agency ({@code NAME}, {@code AGENCY}). A name is normalised by
 * {@link SourceIds#normalise} after dropping a leading title (Mr, Mrs, Ms, Miss, Mx, Dr); a name
 * that sgnet made up for an unnamed person never matches. Pairs an analyst rejected are left out.
 *
 * <p>Pairs come sorted by their ids ({@code a < b}). People are grouped by key in one pass, so the
 * work is linear in the people plus the pairs listed.
 */
public final class IdentityCandidates {

  /** Why two people look alike. */
  public enum Evidence {
    NAME,
    LAST_NAME,
    BIRTH_DATE,
    POSTCODE,
    AGENCY
  }

  /** Two people who look alike, {@code a} the smaller id, and why. */
  public record Candidate(Person a, Person b, List<Evidence> evidence) {
    public Candidate {
      Objects.requireNonNull(a, "a");
      Objects.requireNonNull(b, "b");
      evidence = List.copyOf(evidence);
    }

    /** Returns the pair's key, {@code a|b}. */
    public String key() {
      return pairKey(a.id(), b.id());
    }
  }

  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr");

  private final List<Person> people;
  private final Set<String> rejected;
  private List<Candidate> candidates;

  /**
   * @param people everyone in the store
   * @param rejected the pairs an analyst rejected, as {@link #pairKey} keys
   */
  public IdentityCandidates(List<Person> people, Set<String> rejected) {
    this.people = List.copyOf(people);
    this.rejected = Set.copyOf(rejected);
  }

  /** Returns the key of a pair of ids, the smaller first: {@code a|b}. */
  public static String pairKey(String x, String y) {
    return x.compareTo(y) <= 0 ? x + "|" + y : y + "|" + x;
  }

  /** Returns the candidate pairs, sorted by their ids; computed once. */
  public List<Candidate> candidates() {
    if (candidates == null) {
      candidates = Collections.unmodifiableList(compute());
    }
    return candidates;
  }

  private List<Candidate> compute() {
    Map<String, List<Person>> byName = new HashMap<>();
    Map<String, List<Person>> byLastName = new HashMap<>();
    for (Person p : people) {
      if (Placeholders.isPlaceholder(p.name(), p.kind(), p.id())) {
        continue;
      }
      String name = normalisedName(p.name());
      if (name.isEmpty()) {
        continue;
      }
      if (p.kind() == PersonKind.PROFESSIONAL) {
        if (p.agencyId() != null) {
          byName.computeIfAbsent("P|" + p.agencyId() + "|" + name, k -> new ArrayList<>()).add(p);
        }
        continue;
      }
      if (p.birthDate() == null) {
        continue;
      }
      byName
          .computeIfAbsent(p.kind() + "|" + p.birthDate() + "|" + name, k -> new ArrayList<>())
          .add(p);
      String postcode = postcode(p.postcode());
      if (postcode != null) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        byLastName
            .computeIfAbsent(
                p.kind() + "|" + p.birthDate() + "|" + postcode + "|" + last,
                k -> new ArrayList<>())
            .add(p);
      }
    }
    Map<String, Candidate> pairs = new TreeMap<>();
    for (List<Person> group : byName.values()) {
      forPairs(
          group,
          (x, y) -> {
            List<Evidence> evidence = new ArrayList<>();
            evidence.add(Evidence.NAME);
            if (x.kind() == PersonKind.PROFESSIONAL) {
              evidence.add(Evidence.AGENCY);
            } else {
              evidence.add(Evidence.BIRTH_DATE);
              String px = postcode(x.postcode());
              if (px != null && px.equals(postcode(y.postcode()))) {
                evidence.add(Evidence.POSTCODE);
              }
            }
            pairs.put(pairKey(x.id(), y.id()), candidate(x, y, evidence));
          });
    }
    for (List<Person> group : byLastName.values()) {
      forPairs(
          group,
          (x, y) ->
              pairs.putIfAbsent(
                  pairKey(x.id(), y.id()),
                  candidate(
                      x, y, List.of(Evidence.LAST_NAME, Evidence.BIRTH_DATE, Evidence.POSTCODE))));
    }
    pairs.keySet().removeAll(rejected);
    return new ArrayList<>(pairs.values());
  }

  private static Candidate candidate(Person x, Person y, List<Evidence> evidence) {
    return x.id().compareTo(y.id()) <= 0
        ? new Candidate(x, y, evidence)
        : new Candidate(y, x, evidence);
  }

  private static void forPairs(
      List<Person> group, java.util.function.BiConsumer<Person, Person> each) {
    for (int i = 0; i < group.size(); i++) {
      for (int j = i + 1; j < group.size(); j++) {
        if (!group.get(i).id().equals(group.get(j).id())) {
          each.accept(group.get(i), group.get(j));
        }
      }
    }
  }

  /** Returns the name normalised for matching, without a leading title. */
  static String normalisedName(String name) {
    List<String> words = new ArrayList<>(List.of(SourceIds.normalise(name).split(" ")));
    while (words.size() > 1 && TITLES.contains(words.get(0))) {
      words.remove(0);
    }
    return String.join(" ", words).trim();
  }

  private static String postcode(String postcode) {
    if (postcode == null) {
      return null;
    }
    String p = postcode.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
    return p.isEmpty() ? null : p;
  }
}
