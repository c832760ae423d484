package org.sgnet.sources.annexa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.sgnet.sources.SourceEvent;
import org.sgnet.sources.SourceIds;
import org.sgnet.sources.SourcePerson;
import org.sgnet.sources.SourceRecords;
import org.sgnet.sources.annexa.AnnexACodes.Answer;
import org.sgnet.sources.annexa.AnnexACodes.Placement;
import org.sgnet.sources.annexa.SheetTable.SheetRow;

/**
 * Maps the rows of the Annex A lists into the bundle model (see {@code docs/sources/annex-a.md}).
 * Each row is read whole first, so that every bad field of it is reported; a row with any bad field
 * becomes nothing.
 *
 * <p>Ethnicity is gathered over every row of every list and file: one {@code ETHNICITY_RECORDED}
 * per child and code, dated by the earliest dated row that gives it, since the workbook repeats the
 * child's ethnicity on each list without saying when it was recorded.
 */
final class RowMapper {

  static final String PREFIX = "annexa";

  /** Child ids longer than this leave no room for the event ids made of them. */
  static final int MAX_CHILD_ID = 24;

  private record Ethnicity(String id, LocalDate date, String child, String code, Locator at) {}

  private final SourceRecords records;
  private final String authority;
  private final String agencyId;
  private final Map<String, Ethnicity> ethnicities = new LinkedHashMap<>();

  RowMapper(SourceRecords records, String authority) {
    this.records = records;
    this.authority = authority;
    this.agencyId = "la-" + authority;
  }

  /** What every list's row gives: the child, their worker and the date the row is about. */
  private final class Child {
    final SheetTable table;
    final Fields f;
    final String raw;
    final String id;
    final LocalDate birthDate;
    final String ethnicity;
    final String team;
    final String worker;
    final String row;

    Child(SheetTable table, SheetRow sheetRow) {
      this.table = table;
      this.f = sheetRow.fields(records);
      this.raw = f.text(table.label(Col.CHILD_ID));
      this.id = f.id(table.label(Col.CHILD_ID), PREFIX, MAX_CHILD_ID);
      this.birthDate = f.date(table.label(Col.DOB), false);
      String ethnicityLabel = table.label(Col.ETHNICITY);
      f.code(ethnicityLabel, AnnexACodes.ETHNICITIES, "ethnicity", false);
      String code = f.text(ethnicityLabel);
      this.ethnicity = code == null ? null : code.toUpperCase(Locale.ROOT);
      this.team = f.text(table.label(Col.TEAM));
      this.worker = worker(f.text(table.label(Col.WORKER)));
      String where = f.at().where();
      this.row = "l" + table.list().number() + "r" + where.substring(where.lastIndexOf('!') + 1);
    }

    String label(Col col) {
      return table.label(col);
    }

    LocalDate date(Col col, boolean required) {
      return f.date(label(col), required);
    }

    <T> T code(Col col, Map<String, T> mapping, String what, boolean required) {
      return f.code(label(col), mapping, what, required);
    }

    /** Refuses the row when a period ends before it starts (the bundle reader would refuse it). */
    void period(LocalDate start, LocalDate end, Col endColumn) {
      if (start != null && end != null && end.isBefore(start)) {
        f.refuse(label(endColumn), "is before the date the period starts");
      }
    }

    /** Adds the child, the agency and the allocated worker's tie; returns the worker's id. */
    String add(LocalDate recordDate, LocalDate involvedFrom, LocalDate involvedTo) {
      records.agency(
          agencyId,
          "Local authority " + authority + " children's social care",
          Sector.SOCIAL_CARE,
          f.at());
      records.person(
          new SourcePerson(
              id,
              PersonKind.CHILD,
              null,
              birthDate,
              null,
              null,
              List.of("la-child:" + authority + ":" + raw),
              null,
              f.at()));
      if (ethnicity != null
          && recordDate != null
          && !AnnexACodes.ETHNICITY_NOT_RECORDED.contains(ethnicity)) {
        String eventId = SourceIds.id(PREFIX, raw, "eth", ethnicity);
        Ethnicity before = ethnicities.get(eventId);
        if (before == null || recordDate.isBefore(before.date())) {
          ethnicities.put(eventId, new Ethnicity(eventId, recordDate, id, ethnicity, f.at()));
        }
      }
      return worker == null ? null : professional(worker, team, involvedFrom, involvedTo);
    }

    /** Adds a professional of the authority and their tie to the child; returns their id. */
    String professional(String name, String role, LocalDate from, LocalDate to) {
      String workerId = SourceIds.named(PREFIX + "-worker", authority + " " + name);
      records.person(
          new SourcePerson(
              workerId,
              PersonKind.PROFESSIONAL,
              name,
              null,
              agencyId,
              role,
              List.of(),
              null,
              f.at()));
      records.tie(
          new Tie(TieType.INVOLVED, workerId, id, from, to, null, null, false, Map.of(), List.of()),
          f.at());
      return workerId;
    }

    /** Adds an event about the child, its id made of the row's position and {@code tag}. */
    void event(
        String tag,
        LocalDate date,
        EventType type,
        String recordedBy,
        MeetingSubtype subtype,
        String value,
        Boolean seenAlone,
        String summary) {
      if (date == null) {
        return;
      }
      List<String> participants = new ArrayList<>();
      if (recordedBy != null && (type == EventType.MEETING || type == EventType.ASSESSMENT)) {
        participants.add(recordedBy);
      }
      records.event(
          SourceEvent.of(SourceIds.id(PREFIX, raw, row, tag), date, type, id, agencyId)
              .recordedBy(recordedBy)
              .participants(participants)
              .subtype(subtype)
              .value(value)
              .seenAlone(seenAlone)
              .summary(summary)
              .build(),
          f.at());
    }

    /** Adds an event with no meeting subtype, value or seen-alone. */
    void event(String tag, LocalDate date, EventType type, String recordedBy, String summary) {
      event(tag, date, type, recordedBy, null, null, null, summary);
    }

    void meeting(
        String tag, LocalDate date, String recordedBy, MeetingSubtype subtype, String summary) {
      event(tag, date, EventType.MEETING, recordedBy, subtype, null, null, summary);
    }

    void risk(
        String tag, LocalDate date, String recordedBy, RiskCategory category, String summary) {
      event(tag, date, EventType.RISK, recordedBy, null, category.name(), null, summary);
    }

    void decision(String tag, LocalDate date, String recordedBy, String text) {
      event(tag, date, EventType.DECISION, recordedBy, null, text, null, null);
    }
  }

  /** Maps one row of a list. */
  void map(SheetTable table, SheetRow row) {
    Child c = new Child(table, row);
    switch (table.list()) {
      case CONTACTS -> contact(c);
      case EARLY_HELP -> earlyHelp(c);
      case REFERRALS -> referral(c);
      case ASSESSMENTS -> assessment(c);
      case SECTION_47 -> section47(c);
      case CHILDREN_IN_NEED -> childInNeed(c);
      case CHILD_PROTECTION -> childProtection(c);
      case LOOKED_AFTER -> lookedAfter(c);
      case CARE_LEAVERS -> careLeaver(c);
      case ADOPTION -> adoption(c);
      case ADOPTERS -> throw new IllegalStateException("List 11 has no child rows to map");
    }
  }

  /** Adds the ethnicity events gathered from every row; call once, after the last file. */
  void finish() {
    for (Ethnicity e : ethnicities.values()) {
      records.event(
          SourceEvent.of(e.id(), e.date(), EventType.ETHNICITY_RECORDED, e.child(), agencyId)
              .value(e.code())
              .build(),
          e.at());
    }
  }

  private void contact(Child c) {
    LocalDate date = c.date(Col.CONTACT_DATE, true);
    String source = c.code(Col.CONTACT_SOURCE, AnnexACodes.SOURCES, "contact source", false);
    if (!c.f.ok()) {
      return;
    }
    c.add(date, null, null);
    c.event(
        "contact",
        date,
        EventType.CIRCUMSTANCES_CHANGED,
        null,
        "Contact received by children's social care" + from(c, Col.CONTACT_SOURCE, source));
  }

  private void earlyHelp(Child c) {
    LocalDate start = c.date(Col.EH_START, true);
    LocalDate completed = c.date(Col.EH_COMPLETED, false);
    String organisation = c.f.text(c.label(Col.EH_ORGANISATION));
    c.period(start, completed, Col.EH_COMPLETED);
    if (!c.f.ok()) {
      return;
    }
    c.add(start, null, null);
    c.event(
        "earlyhelp",
        completed,
        EventType.ASSESSMENT,
        null,
        "Early help assessment" + (organisation == null ? "" : " by " + organisation));
  }

  private void referral(Child c) {
    LocalDate date = c.date(Col.REFERRAL_DATE, true);
    String source = c.code(Col.REFERRAL_SOURCE, AnnexACodes.SOURCES, "referral source", false);
    Answer nfa = c.code(Col.REFERRAL_NFA, AnnexACodes.ANSWERS, "yes/no", false);
    if (!c.f.ok()) {
      return;
    }
    c.add(date, date, null);
    c.event(
        "referral",
        date,
        EventType.CIRCUMSTANCES_CHANGED,
        null,
        "Referral to children's social care"
            + from(c, Col.REFERRAL_SOURCE, source)
            + (nfa == Answer.YES ? "; no further action" : ""));
  }

  private void assessment(Child c) {
    LocalDate start = c.date(Col.CA_START, true);
    LocalDate authorised = c.date(Col.CA_AUTHORISED, false);
    c.period(start, authorised, Col.CA_AUTHORISED);
    if (!c.f.ok()) {
      return;
    }
    String worker = c.add(start, start, null);
    c.event(
        "assessment",
        authorised,
        EventType.ASSESSMENT,
        worker,
        "Children's social care assessment authorised");
  }

  private void section47(Child c) {
    LocalDate strategy = c.date(Col.S47_START, true);
    LocalDate icpc = c.date(Col.ICPC_DATE, false);
    Answer plan = c.code(Col.ICPC_PLAN, AnnexACodes.ANSWERS, "yes/no", false);
    c.period(strategy, icpc, Col.ICPC_DATE);
    if (!c.f.ok()) {
      return;
    }
    String worker = c.add(strategy, strategy, null);
    c.meeting(
        "strategy",
        strategy,
        worker,
        MeetingSubtype.STRATEGY,
        "Strategy discussion initiating a section 47 enquiry");
    c.meeting(
        "icpc",
        icpc,
        worker,
        MeetingSubtype.RISK_MANAGEMENT,
        "Initial child protection conference");
    if (plan == Answer.YES || plan == Answer.NO) {
      c.decision(
          "icpcoutcome",
          icpc,
          worker,
          "Initial child protection conference: "
              + (plan == Answer.YES ? "child protection plan" : "no child protection plan"));
    }
  }

  private void childInNeed(Child c) {
    LocalDate start = c.date(Col.CIN_START, false);
    String need = c.code(Col.PRIMARY_NEED, AnnexACodes.PRIMARY_NEEDS, "primary need", false);
    LocalDate closed = c.date(Col.CIN_CLOSED, false);
    String reason =
        c.code(Col.CIN_CLOSURE_REASON, AnnexACodes.CIN_CLOSURE_REASONS, "closure reason", false);
    c.period(start, closed, Col.CIN_CLOSED);
    if (!c.f.ok()) {
      return;
    }
    String worker = c.add(start, start, closed);
    c.decision(
        "cinstart",
        start,
        worker,
        "Child in need episode started"
            + (need == null ? "" : "; primary need " + codeAndMeaning(c, Col.PRIMARY_NEED, need)));
    c.decision(
        "cinclosed",
        closed,
        worker,
        "Child in need episode closed"
            + (reason == null ? "" : ": " + codeAndMeaning(c, Col.CIN_CLOSURE_REASON, reason)));
  }

  private void childProtection(Child c) {
    LocalDate start = c.date(Col.CPP_START, true);
    RiskCategory initial =
        c.code(Col.CPP_INITIAL_CATEGORY, AnnexACodes.ABUSE_CATEGORIES, "category of abuse", false);
    RiskCategory latest =
        c.code(Col.CPP_LATEST_CATEGORY, AnnexACodes.ABUSE_CATEGORIES, "category of abuse", false);
    LocalDate visit = c.date(Col.CPP_LAST_VISIT, false);
    Answer alone = c.code(Col.CPP_SEEN_ALONE, AnnexACodes.ANSWERS, "yes/no", false);
    LocalDate review = c.date(Col.CPP_REVIEW, false);
    LocalDate end = c.date(Col.CPP_END, false);
    c.period(start, end, Col.CPP_END);
    if (!c.f.ok()) {
      return;
    }
    String worker = c.add(start, start, end);
    c.decision("cppstart", start, worker, "Child protection plan started");
    String initialText = c.f.text(c.label(Col.CPP_INITIAL_CATEGORY));
    String latestText = c.f.text(c.label(Col.CPP_LATEST_CATEGORY));
    if (initial != null) {
      c.risk(
          "cppinitialrisk",
          start,
          worker,
          initial,
          "Child protection plan, initial category of abuse: " + initialText);
    }
    if (latest != null && !latestText.equalsIgnoreCase(String.valueOf(initialText))) {
      c.risk(
          "cpplatestrisk",
          review != null ? review : start,
          worker,
          latest,
          "Child protection plan, latest category of abuse: " + latestText);
    }
    if (alone == Answer.YES || alone == Answer.NO) {
      c.event(
          "cppvisit",
          visit,
          EventType.VISIT,
          worker,
          null,
          null,
          alone == Answer.YES,
          "Statutory child protection visit");
    }
    c.meeting(
        "cppreview",
        review,
        worker,
        MeetingSubtype.RISK_MANAGEMENT,
        "Child protection review conference");
    c.decision("cppend", end, worker, "Child protection plan ended");
  }

  private void lookedAfter(Child c) {
    LocalDate start = c.date(Col.LAC_START, true);
    LocalDate statusStart = c.date(Col.LEGAL_STATUS_START, false);
    LegalBasis basis = c.code(Col.LEGAL_STATUS, AnnexACodes.LEGAL_STATUSES, "legal status", true);
    LocalDate review = c.date(Col.LAC_REVIEW, false);
    LocalDate ceased = c.date(Col.LAC_CEASED, false);
    String reason =
        c.code(Col.LAC_CEASED_REASON, AnnexACodes.CEASED_REASONS, "reason ceased", false);
    LocalDate placementStart = c.date(Col.PLACEMENT_START, false);
    Placement placement =
        c.code(Col.PLACEMENT_TYPE, AnnexACodes.PLACEMENT_TYPES, "placement type", true);
    String urn = c.f.text(c.label(Col.PLACEMENT_URN));
    // The tie states a basis, so it starts when both the placement and the current legal status
    // hold: the later of the two starts.
    LocalDate placedFrom = later(placementStart, statusStart);
    c.period(start, ceased, Col.LAC_CEASED);
    c.period(placedFrom, ceased, Col.LAC_CEASED);
    if (!c.f.ok()) {
      return;
    }
    String worker = c.add(start, start, ceased);
    String typeCode = c.f.text(c.label(Col.PLACEMENT_TYPE));
    String urnId =
        placement.establishment() && urn != null ? SourceIds.id(PREFIX + "-urn", urn) : null;
    String placedWith =
        urnId != null
            ? urnId
            : SourceIds.id(
                PREFIX + "-placement",
                c.raw,
                placedFrom == null ? "current" : placedFrom.toString());
    records.person(
        SourcePerson.unnamed(
            placedWith, placement.kind(), placement.role() + " (" + typeCode + ")", c.f.at()));
    records.tie(
        new Tie(
            TieType.PLACED_WITH,
            c.id,
            placedWith,
            placedFrom,
            ceased,
            null,
            basis,
            null,
            Map.of(
                "x_legal_status",
                c.f.text(c.label(Col.LEGAL_STATUS)),
                "x_placement_type",
                typeCode),
            List.of()),
        c.f.at());
    c.meeting(
        "lacreview",
        review,
        worker,
        MeetingSubtype.LOOKED_AFTER_REVIEW,
        "Looked after child statutory review");
    c.decision(
        "lacceased",
        ceased,
        worker,
        "Ceased to be looked after"
            + (reason == null ? "" : ": " + codeAndMeaning(c, Col.LAC_CEASED_REASON, reason)));
  }

  private void careLeaver(Child c) {
    LocalDate review = c.date(Col.CL_PATHWAY_REVIEW, false);
    String adviser = worker(c.f.text(c.label(Col.CL_PERSONAL_ADVISER)));
    if (!c.f.ok()) {
      return;
    }
    String worker = c.add(review, null, null);
    if (adviser != null) {
      c.professional(adviser, "Personal adviser", null, null);
    }
    c.meeting("pathwayreview", review, worker, MeetingSubtype.OTHER, "Pathway plan review");
  }

  private void adoption(Child c) {
    String family = c.f.text(c.label(Col.AD_FAMILY));
    String familyId = family == null ? null : SourceIds.id(PREFIX + "-adopters", family);
    if (family != null && familyId == null) {
      c.f.refuse(
          c.label(Col.AD_FAMILY), "is not an id sgnet can keep: 1 to 48 letters, digits and . _ -");
    }
    LocalDate enteredCare = c.date(Col.AD_ENTERED_CARE, false);
    LocalDate decided = c.date(Col.AD_DECISION, false);
    LocalDate placementOrder = c.date(Col.AD_PLACEMENT_ORDER, false);
    LocalDate matched = c.date(Col.AD_MATCHED, false);
    LocalDate placed = c.date(Col.AD_PLACED, false);
    LocalDate adoptionOrder = c.date(Col.AD_ADOPTION_ORDER, false);
    LocalDate stopped = c.date(Col.AD_NO_LONGER_DATE, false);
    String stoppedReason =
        c.code(
            Col.AD_NO_LONGER_REASON,
            AnnexACodes.ADOPTION_STOPPED_REASONS,
            "reason no longer placed for adoption",
            false);
    c.period(placed, adoptionOrder, Col.AD_ADOPTION_ORDER);
    if (!c.f.ok()) {
      return;
    }
    c.add(enteredCare, null, null);
    c.decision(
        "addecision", decided, null, "Decision that the child should be placed for adoption");
    c.decision("adplacementorder", placementOrder, null, "Placement order made");
    c.decision("admatched", matched, null, "Child matched with prospective adopters");
    c.decision("adorder", adoptionOrder, null, "Adoption order made");
    c.decision(
        "adstopped",
        stopped,
        null,
        "Decision that the child should no longer be placed for adoption"
            + (stoppedReason == null
                ? ""
                : ": " + codeAndMeaning(c, Col.AD_NO_LONGER_REASON, stoppedReason)));
    if (familyId == null || (placed == null && adoptionOrder == null)) {
      return;
    }
    records.person(
        SourcePerson.unnamed(
            familyId, PersonKind.FAMILY, "Adoptive family (prospective adopters)", c.f.at()));
    if (placed != null) {
      // Placed for adoption until the adoption order; a decision to stop ends it when earlier.
      LocalDate end = adoptionOrder;
      if (stopped != null && !stopped.isBefore(placed) && (end == null || stopped.isBefore(end))) {
        end = stopped;
      }
      records.tie(
          new Tie(
              TieType.PLACED_WITH,
              c.id,
              familyId,
              placed,
              end,
              null,
              LegalBasis.CARE_ORDER,
              null,
              Map.of(),
              List.of()),
          c.f.at());
    }
    if (adoptionOrder != null) {
      records.tie(
          new Tie(
              TieType.PARENT,
              familyId,
              c.id,
              adoptionOrder,
              null,
              true,
              null,
              null,
              Map.of(),
              List.of()),
          c.f.at());
    }
  }

  private static String from(Child c, Col column, String meaning) {
    return meaning == null ? "" : " from " + codeAndMeaning(c, column, meaning);
  }

  private static String codeAndMeaning(Child c, Col column, String meaning) {
    return c.f.text(c.label(column)).toUpperCase(Locale.ROOT) + " (" + meaning + ")";
  }

  private static String worker(String name) {
    if (name == null || AnnexACodes.NO_WORKER.contains(name.toUpperCase(Locale.ROOT))) {
      return null;
    }
    return name;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }
}
