package org.sgnet.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sgnet.bundle.LegalBasis;
import org.sgnet.generate.Authority.Pro;

/**
 * A child being generated, made fresh for each child: what the family's scenarios have given the
 * child so far (placements, professionals, parents with parental responsibility) and the entries of
 * the chronology, held until the family is written.
 */
final class Child {

  /** An INVOLVED tie as the scenarios read it. */
  record Involved(Pro pro, int start, int end, boolean lead) {}

  /** A PLACED_WITH tie as the scenarios read it. */
  record Placed(String with, LegalBasis basis, int start, int end) {
    Placed {
      Objects.requireNonNull(with, "with");
      Objects.requireNonNull(basis, "basis");
    }

    boolean on(int day) {
      return start <= day && day <= end;
    }

    /** Whether this placement is one where the authority looks after the child. */
    boolean lookedAfter() {
      return basis != LegalBasis.HOME && basis != LegalBasis.PRIVATE_FOSTERING;
    }
  }

  final String id;
  final int birth;
  final int age;
  final List<Involved> involved = new ArrayList<>();
  final List<Placed> placements = new ArrayList<>();

  /** Professionals who work with a parent: they appear in the record, never as INVOLVED. */
  final List<Pro> sideline = new ArrayList<>();

  final List<String> parentsWithResponsibility = new ArrayList<>();
  final List<EventRow> chronology = new ArrayList<>();

  /** The first day the case is open for the child, set by the placements. */
  int openFrom;

  /** The last day the case is open for the child, set by the professionals. */
  int openTo;

  /** Whether the case was closed before the end date. */
  boolean closed;

  Child(String id, int birth, int age) {
    this.id = Objects.requireNonNull(id, "id");
    this.birth = birth;
    this.age = age;
  }

  /** The professionals involved on a day, each once, in the order they became involved. */
  List<Pro> activeOn(int day) {
    List<Pro> active = new ArrayList<>();
    for (Involved i : involved) {
      if (i.start <= day && day <= i.end && !active.contains(i.pro)) {
        active.add(i.pro);
      }
    }
    return active;
  }

  /** The social worker on a day, or the first professional involved when there is none. */
  Pro socialWorkerOn(int day) {
    for (Involved i : involved) {
      if (i.start <= day && day <= i.end && i.pro.role().equals("Social Worker")) {
        return i.pro;
      }
    }
    return involved.get(0).pro;
  }

  /** The first professional involved: who records when nobody is active. */
  Pro firstInvolved() {
    return involved.get(0).pro;
  }

  /** The placements that hold on a day. */
  List<Placed> placementsOn(int day) {
    List<Placed> active = new ArrayList<>();
    for (Placed p : placements) {
      if (p.on(day)) {
        active.add(p);
      }
    }
    return active;
  }

  /**
   * Adds an entry to the chronology; entries are sorted by date, stably, when written, so entries
   * of one day keep the order they were drawn in.
   */
  void add(EventRow entry) {
    chronology.add(entry);
  }
}
