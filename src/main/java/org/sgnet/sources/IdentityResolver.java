package org.sgnet.sources;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.alg.util.UnionFind;
import org.sgnet.bundle.Agency;
import org.sgnet.bundle.Bundle;
import org.sgnet.bundle.Event;
import org.sgnet.bundle.Person;
import org.sgnet.bundle.PersonKind;
import org.sgnet.bundle.Provenance;
import org.sgnet.bundle.Tie;
import org.sgnet.bundle.TieType;

/**
 * Turns one source's records into a bundle whose people are matched with each other and with the
 * people already in the store by their <b>strong identifiers</b>, and nothing else.
 *
 * <p><b>Definition.</b> Two person records are one person when they share an identifier ({@code
 * scheme:value}, such as a UPN, an NHS number, an authority's child id within that authority, a
 * Social Work England number), or when both come from the same source record id; the relation is
 * closed transitively (union–find). Each person also carries {@code record:ID}, the id its source
 * gave it, so that a person merged by an analyst is found again when either source is read again. A
 * person whose records share an identifier with a stored person takes that person's id; one that
 * shares identifiers with two stored people is refused, since only an analyst may join those.
 * Records that merely look alike (name, birth date, postcode) are never joined here: {@link
 * IdentityCandidates} lists them for an analyst to decide.
 *
 * <p><b>Fields.</b> Within the records of one person, the first non-empty value of each field wins,
 * in record order. Against the store, a person's fields come from the first source that described
 * them (the first entry of their provenance): records of that same source file replace them, a
 * later source only fills what is empty (a placeholder name counts as empty). Identifiers
 * accumulate; a record's provenance replaces the entries of the same file.
 *
 * <p>Ties and events take the matched ids; one that names a person or agency that no record defines
 * (or whose record was refused) is refused in turn, so every refusal leaves a trace.
 *
 * <p>Runs in time linear in the records and the stored people with identifiers (hash lookups; the
 * union–find uses path halving).
 */
public final class IdentityResolver {

  /** The prefix of the identifier that names a person's own source record. */
  public static final String RECORD_SCHEME = "record";

  private final List<Person> known;

  /**
   * @param known the people in the store that carry identifiers (empty for a conversion alone)
   */
  public IdentityResolver(List<Person> known) {
    this.known = List.copyOf(known);
  }

  /** How one source's people were matched. */
  public record Stats(int personRecords, int people, int matchedInStore, int joinedInSource) {}

  /** The bundle, the refused records and how people were matched. */
  public record Resolution(Bundle bundle, List<SourceError> refused, Stats stats) {
    public Resolution {
      refused = List.copyOf(refused);
    }
  }

  /** Resolves the records; see the class comment. */
  public Resolution resolve(SourceRecords in) {
    List<SourceError> refused = new ArrayList<>(in.errors());

    // 1. A source's person records by its id, then joined by shared identifiers.
    Map<String, List<SourcePerson>> byId = new LinkedHashMap<>();
    for (SourcePerson p : in.people()) {
      byId.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(p);
    }
    Map<String, Person> storeByIdentifier = new HashMap<>();
    for (Person k : known) {
      for (String identifier : k.identifiers()) {
        storeByIdentifier.putIfAbsent(identifier, k);
      }
    }
    // Records that match one stored person are that person, and so one another (an analyst may
    // have merged two records that share nothing else): the stored person joins the sets too.
    UnionFind<String> sets = new UnionFind<>(new HashSet<>(byId.keySet()));
    Set<String> storedNodes = new HashSet<>();
    Map<String, String> owner = new HashMap<>();
    for (Map.Entry<String, List<SourcePerson>> e : byId.entrySet()) {
      for (String identifier : identifiers(e.getKey(), e.getValue())) {
        String first = owner.putIfAbsent(identifier, e.getKey());
        if (first != null) {
          sets.union(first, e.getKey());
        }
        Person stored = storeByIdentifier.get(identifier);
        if (stored != null) {
          String node = "\u0000" + stored.id();
          if (storedNodes.add(node)) {
            sets.addElement(node);
          }
          sets.union(e.getKey(), node);
        }
      }
    }
    Map<String, List<String>> clusters = new LinkedHashMap<>();
    for (String id : byId.keySet()) {
      clusters.computeIfAbsent(sets.find(id), k -> new ArrayList<>()).add(id);
    }

    // 2. One person per cluster.
    Map<String, String> idOf = new HashMap<>();
    Map<String, PersonKind> kindOf = new HashMap<>();
    List<Person> people = new ArrayList<>();
    int matched = 0;
    int joined = 0;
    for (List<String> cluster : clusters.values()) {
      List<SourcePerson> records = new ArrayList<>();
      cluster.forEach(id -> records.addAll(byId.get(id)));
      List<String> identifiers = new ArrayList<>();
      cluster.forEach(id -> identifiers.addAll(identifiers(id, byId.get(id))));
      String problem = kindProblem(records);
      Map<String, Person> matches = new LinkedHashMap<>();
      for (String identifier : identifiers) {
        Person k = storeByIdentifier.get(identifier);
        if (k != null) {
          matches.putIfAbsent(k.id(), k);
        }
      }
      Person stored = matches.size() == 1 ? matches.values().iterator().next() : null;
      if (problem == null && matches.size() > 1) {
        problem =
            "shares identifiers with "
                + matches.size()
                + " people in the store ("
                + String.join(", ", new TreeSet<>(matches.keySet()))
                + "); only an analyst may make them one person: sgnet identities confirm A B";
      }
      if (problem == null && stored != null && otherAuthority(stored, identifiers)) {
        // Two authorities' returns may use the same child ids: the same source id is then no
        // proof of one person, and writing it would overwrite the other authority's child.
        problem =
            "has the id of "
                + stored.id()
                + ", a child of another authority in the store (their authorities' child ids"
                + " differ); returns of two authorities with the same ids need a store each";
      }
      if (problem == null && stored != null && stored.kind() != records.get(0).kind()) {
        problem =
            "shares an identifier with "
                + stored.id()
                + " in the store, who is "
                + stored.kind()
                + " there but "
                + records.get(0).kind()
                + " here";
      }
      if (problem != null) {
        for (SourcePerson r : records) {
          refused.add(new SourceError(r.at(), null, problem));
        }
        continue;
      }
      Person person = merge(records, identifiers, stored);
      people.add(person);
      cluster.forEach(
          id -> {
            idOf.put(id, person.id());
            kindOf.put(id, person.kind());
          });
      matched += stored == null ? 0 : 1;
      joined += cluster.size() > 1 ? 1 : 0;
    }

    // 3. Agencies, then ties and events with the matched ids.
    Set<String> agencyIds = new HashSet<>();
    List<Agency> agencies = new ArrayList<>();
    for (SourceRecords.SourceAgency a : in.agencies()) {
      agencyIds.add(a.id());
      agencies.add(new Agency(a.id(), a.name(), a.sector(), Map.of(), List.of(a.at().toString())));
    }
    List<Person> withAgencies = new ArrayList<>();
    Set<String> dropped = new HashSet<>();
    for (Person p : people) {
      if (p.agencyId() != null && !agencyIds.contains(p.agencyId())) {
        for (SourcePerson r : in.people()) {
          if (p.id().equals(idOf.get(r.id()))) {
            refused.add(
                new SourceError(
                    r.at(), null, "names an agency that no record of the source defines"));
          }
        }
        dropped.add(p.id());
        continue;
      }
      withAgencies.add(p);
    }
    idOf.values().removeIf(dropped::contains);

    Map<List<Object>, Tie> ties = new LinkedHashMap<>();
    for (SourceRecords.Located<Tie> located : in.ties()) {
      Tie t = located.row();
      String from = idOf.get(t.fromId());
      String to = idOf.get(t.toId());
      String problem = null;
      if (from == null || to == null) {
        problem =
            "names a person whom no record of the source defines, or whose record was refused";
      } else if (from.equals(to)) {
        problem = "joins a person to themself: both ends are one person by their identifiers";
      } else {
        problem = tieKindProblem(t.type(), kindOf.get(t.fromId()), kindOf.get(t.toId()));
      }
      if (problem != null) {
        refused.add(new SourceError(located.at(), null, problem));
        continue;
      }
      String a = from;
      String b = to;
      if (t.type() == TieType.SIBLING && a.compareTo(b) > 0) {
        a = to;
        b = from;
      }
      List<Object> key = java.util.Arrays.asList(t.type(), a, b, t.startDate());
      Tie before = ties.get(key);
      List<String> provenance = new ArrayList<>();
      if (before != null) {
        provenance.addAll(before.provenance());
      }
      if (!provenance.contains(located.at().toString())) {
        provenance.add(located.at().toString());
      }
      ties.put(
          key,
          new Tie(
              t.type(),
              a,
              b,
              t.startDate(),
              t.endDate(),
              t.parentalResponsibility(),
              t.legalBasis(),
              t.lead(),
              t.extra(),
              provenance));
    }

    Map<String, Locator> eventAt = new HashMap<>();
    List<Event> events = new ArrayList<>();
    for (SourceRecords.Located<Event> located : in.events()) {
      Event e = located.row();
      String problem = null;
      String subject = idOf.get(e.subjectId());
      String recordedBy = e.recordedBy() == null ? null : idOf.get(e.recordedBy());
      List<String> participants = new ArrayList<>();
      for (String p : e.participants()) {
        String id = idOf.get(p);
        if (id == null) {
          problem =
              "names a participant whom no record of the source defines, or whose record was"
                  + " refused";
        } else if (!participants.contains(id)) {
          participants.add(id);
        }
      }
      if (subject == null) {
        problem =
            "is about a child whom no record of the source defines, or whose record was refused";
      } else if (kindOf.get(e.subjectId()) != PersonKind.CHILD) {
        problem = "is about a person who is not a child";
      } else if (e.recordedBy() != null
          && (recordedBy == null || kindOf.get(e.recordedBy()) != PersonKind.PROFESSIONAL)) {
        problem =
            "is recorded by a person who is not a professional of the source, or whose record"
                + " was refused";
      } else if (!agencyIds.contains(e.agencyId())) {
        problem = "names an agency that no record of the source defines";
      }
      Locator first = eventAt.putIfAbsent(e.id(), located.at());
      if (problem == null && first != null) {
        problem = "gives the same event as the record at " + first.location() + " (a duplicate)";
      }
      if (problem != null) {
        refused.add(new SourceError(located.at(), null, problem));
        continue;
      }
      events.add(
          new Event(
              e.id(),
              e.date(),
              e.type(),
              subject,
              e.agencyId(),
              recordedBy,
              participants,
              e.subtype(),
              e.value(),
              e.requestedBy(),
              e.seenAlone(),
              e.summary(),
              e.extra(),
              List.of(located.at().toString())));
    }
    Bundle bundle = new Bundle(agencies, withAgencies, List.copyOf(ties.values()), events);
    return new Resolution(
        bundle, refused, new Stats(in.people().size(), withAgencies.size(), matched, joined));
  }

  /**
   * Returns whether a stored name is the one sgnet shows for a person no source named ({@code Child
   * 903-566910}), which a real name replaces.
   */
  public static boolean isMadeUpName(String name, PersonKind kind, String id) {
    return Placeholders.isPlaceholder(name, kind, id);
  }

  /**
   * Returns whether a stored person and a record that share only a source id belong to different
   * authorities: both carry authorities' child ids ({@code la-child:LA:ID}) and no authority is
   * named by both. (A shared UPN or NHS number is one child, who may have moved authority.)
   */
  private static boolean otherAuthority(Person stored, List<String> identifiers) {
    for (String identifier : identifiers) {
      if (!identifier.startsWith(RECORD_SCHEME + ":")
          && stored.identifiers().contains(identifier)) {
        return false;
      }
    }
    Set<String> theirs = authorities(stored.identifiers());
    Set<String> ours = authorities(identifiers);
    if (theirs.isEmpty() || ours.isEmpty()) {
      return false;
    }
    ours.retainAll(theirs);
    return ours.isEmpty();
  }

  private static Set<String> authorities(List<String> identifiers) {
    Set<String> authorities = new HashSet<>();
    for (String identifier : identifiers) {
      if (identifier.startsWith("la-child:")) {
        int end = identifier.indexOf(':', "la-child:".length());
        if (end > 0) {
          authorities.add(identifier.substring("la-child:".length(), end));
        }
      }
    }
    return authorities;
  }

  /** A record's identifiers: its own, then {@code record:ID}. */
  private static List<String> identifiers(String id, List<SourcePerson> records) {
    LinkedHashSet<String> all = new LinkedHashSet<>();
    records.forEach(r -> all.addAll(r.identifiers()));
    all.add(RECORD_SCHEME + ":" + id);
    return List.copyOf(all);
  }

  private static String kindProblem(List<SourcePerson> records) {
    PersonKind first = records.get(0).kind();
    for (SourcePerson r : records) {
      if (r.kind() != first) {
        return "is one person with the record at "
            + records.get(0).at().location()
            + " by a shared identifier, but a "
            + r.kind()
            + " here and a "
            + first
            + " there";
      }
    }
    return null;
  }

  /** Returns what is wrong with the kinds of a tie's ends, as the bundle format has them. */
  private static String tieKindProblem(TieType type, PersonKind from, PersonKind to) {
    boolean ok =
        switch (type) {
          case SIBLING -> from == PersonKind.CHILD && to == PersonKind.CHILD;
          case PARENT -> from == PersonKind.FAMILY && to == PersonKind.CHILD;
          case PLACED_WITH ->
              from == PersonKind.CHILD
                  && (to == PersonKind.FAMILY || to == PersonKind.CARER || to == PersonKind.OTHER);
          case INVOLVED -> from == PersonKind.PROFESSIONAL && to == PersonKind.CHILD;
        };
    return ok ? null : "a " + type + " tie cannot join a " + from + " to a " + to;
  }

  private static Person merge(List<SourcePerson> records, List<String> identifiers, Person stored) {
    SourcePerson first = records.get(0);
    PersonKind kind = first.kind();
    String id = stored != null ? stored.id() : first.id();
    String name = null;
    LocalDate birthDate = null;
    String agencyId = null;
    String role = null;
    String postcode = null;
    List<String> locators = new ArrayList<>();
    Set<String> files = new HashSet<>();
    for (SourcePerson r : records) {
      name = name != null ? name : r.name();
      birthDate = birthDate != null ? birthDate : r.birthDate();
      agencyId = agencyId != null ? agencyId : r.agencyId();
      role = role != null ? role : r.role();
      postcode = postcode != null ? postcode : r.postcode();
      // One record per file is enough to go back to the source, and keeps the list short.
      String file = Provenance.fileOf(r.at().toString());
      if (files.add(file)) {
        locators.add(r.at().toString());
      }
    }
    LinkedHashSet<String> allIdentifiers = new LinkedHashSet<>();
    List<String> provenance = new ArrayList<>();
    if (stored != null) {
      allIdentifiers.addAll(stored.identifiers());
      boolean primary =
          stored.provenance().isEmpty()
              || files.contains(Provenance.fileOf(stored.provenance().get(0)));
      String storedName =
          Placeholders.isPlaceholder(stored.name(), stored.kind(), stored.id())
              ? null
              : stored.name();
      if (primary) {
        name = name != null ? name : storedName;
        birthDate = birthDate != null ? birthDate : stored.birthDate();
        agencyId = agencyId != null ? agencyId : stored.agencyId();
        role = role != null ? role : stored.role();
        postcode = postcode != null ? postcode : stored.postcode();
      } else {
        name = storedName != null ? storedName : name;
        birthDate = stored.birthDate() != null ? stored.birthDate() : birthDate;
        agencyId = stored.agencyId() != null ? stored.agencyId() : agencyId;
        role = stored.role() != null ? stored.role() : role;
        postcode = stored.postcode() != null ? stored.postcode() : postcode;
      }
      // The stored person's records, where this import does not read their file again.
      for (String locator : stored.provenance()) {
        if (!files.contains(Provenance.fileOf(locator))) {
          provenance.add(locator);
        }
      }
      if (primary) {
        provenance.addAll(0, locators);
      } else {
        provenance.addAll(locators);
      }
    } else {
      provenance.addAll(locators);
    }
    allIdentifiers.addAll(identifiers);
    if (name == null) {
      name = Placeholders.name(kind, id);
    }
    return new Person(
        id,
        kind,
        name,
        birthDate,
        kind == PersonKind.PROFESSIONAL ? agencyId : null,
        role,
        Map.of(),
        List.copyOf(allIdentifiers),
        postcode,
        provenance);
  }
}
