package org.sgnet.sources.ssda903;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sgnet.bundle.EventType;
import org.sgnet.bundle.LegalBasis;
import org.sgnet.bundle.MeetingSubtype;
import org.sgnet.bundle.PersonKind;
import org.sgnet.bundle.RiskCategory;
import org.sgnet.bundle.Sector;
import org.sgnet.bundle.Tie;
import org.sgnet.bundle.TieType;
import org.sgnet.sources.Fields;
import org.sgnet.sources.Locator;
import org.sgnet.sources.SourceError;
import org.sgnet.sources.SourceEvent;
import org.sgnet.sources.SourceIds;
import org.sgnet.sources.SourcePerson;
import org.sgnet.sources.SourceRecords;
import org.sgnet.sources.ssda903.Ssda903Codes.Placement;

/**
 * Maps the records of one 903 return, in either form, to the case-bundle model (see {@code
 * docs/sources/ssda903.md}). The whole return is read first, because a child's records depend on
 * each other: the header makes the child, the first episode dates the ethnicity, and every other
 * record needs the child's header.
 */
final class ReturnMapper {

  /** The longest CHILD that keeps every id made from it within a bundle id's 64 characters. */
  static final int MAX_CHILD = 32;

  /** The URN the guidance writes for a placement that has none. */
  static final String NO_URN = "XXXXXXX";

  private static final Pattern UPN = Pattern.compile("[A-Z][0-9]{11}[0-9A-Z]");
  private static final Pattern SWE = Pattern.compile("SW[0-9]+");
  private static final Pattern POSTCODE =
      Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})");
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  /** A header that could be read. */
  private record Header(String id, String child, LocalDate dob, String ethnic, List<String> ids) {}

  /** An episode that could be read. */
  private record Episode(
      String childId,
      String child,
      LocalDate start,
      LocalDate end,
      boolean sameCarer,
      String legalStatus,
      LegalBasis basis,
      String placeCode,
      Placement place,
      String urn,
      String homePostcode,
      Locator at) {}

  private final SourceRecords records;
  private final String authority;
  private final String agencyId;
  private final Map<String, Integer> eventIds = new HashMap<>();
  private final Map<String, String> children = new HashMap<>();
  private final Set<String> refusedChildren = new HashSet<>();
  private final Map<String, Locator> headerAt = new HashMap<>();
  private LocalDate latest;

  ReturnMapper(SourceRecords records, String authority) {
    this.records = records;
    this.authority = authority;
    this.agencyId = SourceIds.id("la", authority);
  }

  /** Maps the return's records into the records given at construction. */
  void map(List<Ssda903Record> all) {
    Map<Ssda903Table, List<Ssda903Record>> byTable = new EnumMap<>(Ssda903Table.class);
    for (Ssda903Table t : Ssda903Table.values()) {
      byTable.put(t, new ArrayList<>());
    }
    for (Ssda903Record r : all) {
      if (r.problem() != null) {
        records.refuse(new SourceError(r.at(), null, r.problem()));
      } else if (r.table().imported()) {
        byTable.get(r.table()).add(r);
      }
    }
    if (!all.isEmpty()) {
      records.agency(
          agencyId,
          "Local authority " + authority + " children's social care",
          Sector.SOCIAL_CARE,
          all.get(0).at());
    }
    Map<String, Header> headers = readHeaders(byTable.get(Ssda903Table.HEADER));
    Map<String, List<Episode>> episodes = readEpisodes(byTable.get(Ssda903Table.EPISODES));
    List<Pending> others = new ArrayList<>();
    byTable.get(Ssda903Table.REVIEWS).forEach(r -> add(others, review(r)));
    byTable.get(Ssda903Table.MISSING).forEach(r -> add(others, missing(r)));
    byTable.get(Ssda903Table.SW_EPISODES).forEach(r -> add(others, socialWorker(r)));
    byTable.get(Ssda903Table.DOLO).forEach(r -> add(others, deprivationOfLiberty(r)));
    Map<String, LocalDate> firstOther = new HashMap<>();
    for (Pending p : others) {
      firstOther.merge(p.childId(), p.date(), (a, b) -> a.isBefore(b) ? a : b);
    }
    for (Header h : headers.values()) {
      List<Episode> own = episodes.getOrDefault(h.id(), List.of());
      LocalDate first =
          own.stream().map(Episode::start).min(Comparator.naturalOrder()).orElse(null);
      if (first == null) {
        // A return's header may describe a child with reviews but no episode this year.
        first = firstOther.get(h.id());
      }
      if (first == null) {
        records.refuse(
            new SourceError(
                headerAt.get(h.id()),
                "CHILD",
                "the child has no episode nor other dated record in the return that sgnet could"
                    + " read: the recorded ethnicity needs a date"));
        refusedChildren.add(h.id());
        continue;
      }
      mapChild(h, own, first);
    }
    for (Map.Entry<String, List<Episode>> e : episodes.entrySet()) {
      if (!children.containsKey(e.getKey())) {
        e.getValue().forEach(ep -> refuseOrphan(ep.at(), ep.childId()));
      }
    }
    for (Pending p : others) {
      if (children.containsKey(p.childId())) {
        p.emit().run();
      } else {
        refuseOrphan(p.at(), p.childId());
      }
    }
    // Last: the outcomes are dated at the end of the return's year, known once all is read.
    for (Ssda903Record r : byTable.get(Ssda903Table.OC2)) {
      Pending p = outcomes(r);
      if (p == null) {
        continue;
      }
      if (latest == null) {
        records.refuse(
            new SourceError(
                r.at(),
                null,
                "the return has no episode that sgnet could read, so its year, whose end dates"
                    + " the OC2 outcomes, is not known"));
      } else if (children.containsKey(p.childId())) {
        p.emit().run();
      } else {
        refuseOrphan(p.at(), p.childId());
      }
    }
  }

  /**
   * A record of a child other than their header and episodes, read and checked, to be added once it
   * is known whether the child's header was mapped.
   *
   * @param date the record's date, {@code null} for the OC2 outcomes
   */
  private record Pending(String childId, LocalDate date, Locator at, Runnable emit) {}

  private static void add(List<Pending> pending, Pending p) {
    if (p != null) {
      pending.add(p);
    }
  }

  // ---- headers and episodes

  private Map<String, Header> readHeaders(List<Ssda903Record> rows) {
    Map<String, Header> out = new LinkedHashMap<>();
    Map<String, Locator> first = new HashMap<>();
    for (Ssda903Record r : rows) {
      Fields f = r.read(records);
      String id = childId(f);
      LocalDate dob = f.date("DOB", true);
      f.code("ETHNIC", Ssda903Codes.ETHNICITY, "903 ethnicity", true);
      String ethnic = f.text("ETHNIC");
      List<String> identifiers = new ArrayList<>();
      String upn = f.required("UPN");
      if (upn != null) {
        upn = upn.toUpperCase(Locale.ROOT);
        if (UPN.matcher(upn).matches()) {
          identifiers.add("upn:" + upn);
        } else if (!Ssda903Codes.UPN_UNKNOWN.contains(upn)) {
          f.refuse(
              "UPN",
              "is neither a unique pupil number (a letter, 11 digits, a digit or letter) nor one"
                  + " of the codes UN1 to UN10");
        }
      }
      if (id != null && first.containsKey(id)) {
        f.refuse(
            "CHILD",
            "names a child whose header is already at "
                + first.get(id).location()
                + ": a return has one header a child");
      }
      if (id != null) {
        first.putIfAbsent(id, r.at());
      }
      if (!f.ok()) {
        if (id != null && !out.containsKey(id)) {
          refusedChildren.add(id);
        }
        continue;
      }
      String child = r.value("CHILD");
      identifiers.add(0, "la-child:" + authority + ":" + child);
      out.put(
          id,
          new Header(id, child, dob, ethnic.toUpperCase(Locale.ROOT), List.copyOf(identifiers)));
      headerAt.put(id, r.at());
    }
    return out;
  }

  private Map<String, List<Episode>> readEpisodes(List<Ssda903Record> rows) {
    Map<String, List<Episode>> out = new LinkedHashMap<>();
    for (Ssda903Record r : rows) {
      Fields f = r.read(records);
      String id = childId(f);
      LocalDate start = f.date("DECOM", true);
      LocalDate end = f.date("DEC", false);
      Boolean sameCarer = f.code("RNE", Ssda903Codes.SAME_CARER, "reason for new episode", true);
      LegalBasis basis = f.code("LS", Ssda903Codes.LEGAL_STATUS, "legal status", true);
      Placement place = f.code("PLACE", Ssda903Codes.PLACEMENT, "placement type", true);
      String urn = f.text("URN");
      if (urn != null) {
        urn = urn.toUpperCase(Locale.ROOT);
        if (NO_URN.equals(urn)) {
          urn = null;
        } else if (SourceIds.id("903.urn", urn) == null) {
          f.refuse("URN", "is not an Ofsted URN sgnet can keep (1 to 48 letters and digits)");
        }
      }
      endNotBeforeStart(f, start, end, "DEC", "DECOM", "an episode");
      if (!f.ok()) {
        continue;
      }
      out.computeIfAbsent(id, k -> new ArrayList<>())
          .add(
              new Episode(
                  id,
                  r.value("CHILD"),
                  start,
                  end,
                  sameCarer,
                  f.text("LS").toUpperCase(Locale.ROOT),
                  basis,
                  f.text("PLACE").toUpperCase(Locale.ROOT),
                  place,
                  urn,
                  postcode(f.text("HOME_POST")),
                  r.at()));
    }
    return out;
  }

  private void mapChild(Header h, List<Episode> unsorted, LocalDate first) {
    List<Episode> episodes = new ArrayList<>(unsorted);
    episodes.sort(Comparator.comparing(Episode::start));
    Locator at = headerAt.get(h.id());
    String home = null;
    for (Episode e : episodes) {
      home = e.homePostcode() != null ? e.homePostcode() : home;
    }
    children.put(h.id(), h.child());
    records.person(
        new SourcePerson(h.id(), PersonKind.CHILD, null, h.dob(), null, null, h.ids(), home, at));
    event(
        at,
        h.id(),
        "ethnic",
        first,
        EventType.ETHNICITY_RECORDED,
        null,
        h.ethnic(),
        "903 ethnic origin: " + Ssda903Codes.ETHNICITY.get(h.ethnic()),
        Map.of());
    String carer = null;
    PersonKind carerKind = null;
    for (Episode e : episodes) {
      carer = placedWith(e, carer, carerKind);
      carerKind = e.place().kind();
      Map<String, String> extra = new LinkedHashMap<>();
      extra.put("x_legal_status", e.legalStatus());
      extra.put("x_placement_type", e.placeCode());
      records.tie(
          new Tie(
              TieType.PLACED_WITH,
              h.id(),
              carer,
              e.start(),
              e.end(),
              null,
              e.basis(),
              null,
              extra,
              List.of()),
          e.at());
      seen(e.start());
    }
  }

  /** Returns the person the child lives with in an episode, adding them; see the class doc. */
  private String placedWith(Episode e, String previous, PersonKind previousKind) {
    Placement p = e.place();
    String id;
    if (p.kind() == PersonKind.FAMILY) {
      // Placed with parents: the child's own parents, the same in every such episode, who hold
      // parental responsibility by the code's definition.
      id = SourceIds.id("903.parent", e.child());
      records.tie(
          new Tie(
              TieType.PARENT, id, e.childId(), null, null, true, null, null, Map.of(), List.of()),
          e.at());
    } else if (p.settingByUrn() && e.urn() != null) {
      id = SourceIds.id("903.urn", e.urn());
    } else if (e.sameCarer() && previous != null && previousKind == p.kind()) {
      return previous;
    } else {
      id = SourceIds.id("903.pl", e.child(), DAY.format(e.start()), e.placeCode());
    }
    records.person(SourcePerson.unnamed(id, p.kind(), p.role(), e.at()));
    return id;
  }

  // ---- the other tables

  private Pending review(Ssda903Record r) {
    Fields f = r.read(records);
    String id = childId(f);
    LocalDate date = f.date("REVIEW", true);
    String participation =
        f.code("REVIEW_CODE", Ssda903Codes.REVIEW_PARTICIPATION, "review participation", true);
    if (!f.ok()) {
      return null;
    }
    String code = f.text("REVIEW_CODE").toUpperCase(Locale.ROOT);
    return pendingEvent(
        r,
        id,
        date,
        "review",
        EventType.MEETING,
        MeetingSubtype.LOOKED_AFTER_REVIEW,
        null,
        "Looked-after review (" + code + ": " + participation + ")",
        Map.of("x_review_code", code));
  }

  private Pending missing(Ssda903Record r) {
    Fields f = r.read(records);
    String id = childId(f);
    String kind = f.code("MISSING", Ssda903Codes.MISSING, "missing episode type", true);
    LocalDate start = f.date("MIS_START", true);
    LocalDate end = f.date("MIS_END", false);
    endNotBeforeStart(f, start, end, "MIS_END", "MIS_START", "an absence");
    if (!f.ok()) {
      return null;
    }
    Map<String, String> extra = new LinkedHashMap<>();
    extra.put("x_missing_type", f.text("MISSING").toUpperCase(Locale.ROOT));
    if (end != null) {
      extra.put("x_missing_end", end.toString());
    }
    return pendingEvent(
        r, id, start, "missing", EventType.RISK, null, RiskCategory.MISSING.name(), kind, extra);
  }

  private Pending socialWorker(Ssda903Record r) {
    Fields f = r.read(records);
    String id = childId(f);
    String worker = f.id("SW_ID", "903.sw");
    LocalDate start = f.date("SW_DECOM", true);
    LocalDate end = f.date("SW_DEC", false);
    f.code("SW_REASON", Ssda903Codes.SW_REASON, "reason for social worker change", false);
    endNotBeforeStart(f, start, end, "SW_DEC", "SW_DECOM", "an allocation");
    if (!f.ok()) {
      return null;
    }
    String swId = f.text("SW_ID").toUpperCase(Locale.ROOT);
    List<String> identifiers = SWE.matcher(swId).matches() ? List.of("swe:" + swId) : List.of();
    String reason = f.text("SW_REASON");
    Map<String, String> extra =
        reason == null ? Map.of() : Map.of("x_sw_reason", reason.toUpperCase(Locale.ROOT));
    return new Pending(
        id,
        start,
        r.at(),
        () -> {
          records.person(
              new SourcePerson(
                  worker,
                  PersonKind.PROFESSIONAL,
                  null,
                  null,
                  agencyId,
                  "Social Worker",
                  identifiers,
                  null,
                  r.at()));
          records.tie(
              new Tie(
                  TieType.INVOLVED, worker, id, start, end, null, null, false, extra, List.of()),
              r.at());
        });
  }

  private Pending deprivationOfLiberty(Ssda903Record r) {
    Fields f = r.read(records);
    String id = childId(f);
    LocalDate start = f.date("DOLO_START", true);
    LocalDate end = f.date("DOLO_END", false);
    endNotBeforeStart(f, start, end, "DOLO_END", "DOLO_START", "an order");
    if (!f.ok()) {
      return null;
    }
    Map<String, String> extra = end == null ? Map.of() : Map.of("x_dolo_end", end.toString());
    return pendingEvent(
        r,
        id,
        start,
        "dolo",
        EventType.DECISION,
        null,
        "Deprivation of liberty order",
        null,
        extra);
  }

  private Pending outcomes(Ssda903Record r) {
    Fields f = r.read(records);
    String id = childId(f);
    Boolean convicted = f.code("CONVICTED", Ssda903Codes.FLAG, "0/1 flag", false);
    Boolean substance = f.code("SUBSTANCE_MISUSE", Ssda903Codes.FLAG, "0/1 flag", false);
    if (!f.ok()) {
      return null;
    }
    return new Pending(
        id,
        null,
        r.at(),
        () -> {
          if (Boolean.TRUE.equals(convicted)) {
            event(
                r.at(),
                id,
                "offending",
                yearEnd(),
                EventType.RISK,
                null,
                RiskCategory.OFFENDING.name(),
                "OC2: convicted, or given a final warning or reprimand, during the year",
                Map.of());
          }
          if (Boolean.TRUE.equals(substance)) {
            event(
                r.at(),
                id,
                "substance",
                yearEnd(),
                EventType.RISK,
                null,
                RiskCategory.SUBSTANCE_MISUSE.name(),
                "OC2: identified as having a substance misuse problem during the year",
                Map.of());
          }
        });
  }

  // ---- helpers

  /** Returns the child's id ({@code 903-CHILD}), refusing a CHILD that cannot make one. */
  private static String childId(Fields f) {
    String id = f.id("CHILD", Ssda903Adapter.ID_PREFIX);
    if (id != null && id.length() > MAX_CHILD + 4) {
      f.refuse("CHILD", "is longer than the " + MAX_CHILD + " characters sgnet's ids allow");
      return null;
    }
    return id;
  }

  private void refuseOrphan(Locator at, String id) {
    records.refuse(
        new SourceError(
            at,
            "CHILD",
            refusedChildren.contains(id)
                ? "names a child whose header record was refused (see its error): the child's"
                    + " records are refused with it"
                : "names a child that no header record of the return describes (header.csv or"
                    + " the XML HEADER): every child of a return needs one"));
  }

  /** Refuses the record when its period ends before it starts; {@code what} names the period. */
  private static void endNotBeforeStart(
      Fields f, LocalDate start, LocalDate end, String endField, String startField, String what) {
    if (start != null && end != null && end.isBefore(start)) {
      f.refuse(endField, "is before " + startField + ": " + what + " cannot end before it starts");
    }
  }

  /**
   * Returns a record that becomes one event of the child, on the record's date (the child and date
   * first, as {@link Pending} holds them), once it is known whether the child's header was mapped.
   */
  private Pending pendingEvent(
      Ssda903Record r,
      String childId,
      LocalDate date,
      String kind,
      EventType type,
      MeetingSubtype subtype,
      String value,
      String summary,
      Map<String, String> extra) {
    return new Pending(
        childId,
        date,
        r.at(),
        () -> event(r.at(), childId, kind, date, type, subtype, value, summary, extra));
  }

  /** Adds an event of the authority about the child, its id {@code CHILDID-kind-yyyymmdd[-n]}. */
  private void event(
      Locator at,
      String childId,
      String kind,
      LocalDate date,
      EventType type,
      MeetingSubtype subtype,
      String value,
      String summary,
      Map<String, String> extra) {
    String base = childId + "-" + kind + "-" + DAY.format(date);
    int n = eventIds.merge(base, 1, Integer::sum);
    String id = n == 1 ? base : base + "-" + n;
    records.event(
        SourceEvent.of(id, date, type, childId, agencyId)
            .subtype(subtype)
            .value(value)
            .summary(summary)
            .extra(extra)
            .build(),
        at);
  }

  private void seen(LocalDate date) {
    if (date != null && (latest == null || date.isAfter(latest))) {
      latest = date;
    }
  }

  /**
   * Returns the 31 March that ends the return's year: the first on or after the latest episode
   * start, since a 903 year runs from 1 April to 31 March and every episode of the return starts by
   * its end. (Reviews and other dates are not used: a test return may hold later ones.)
   */
  private LocalDate yearEnd() {
    LocalDate end = LocalDate.of(latest.getYear(), 3, 31);
    return latest.isAfter(end) ? end.plusYears(1) : end;
  }

  /** Returns a UK postcode in its usual form, or {@code null} when the text is none. */
  static String postcode(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = POSTCODE.matcher(text.strip().toUpperCase(Locale.ROOT));
    return m.matches() ? m.group(1) + " " + m.group(2) : null;
  }
}
