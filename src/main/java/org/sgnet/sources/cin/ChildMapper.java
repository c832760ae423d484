package org.sgnet.sources.cin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.sgnet.bundle.EventType;
import org.sgnet.bundle.MeetingSubtype;
import org.sgnet.bundle.PersonKind;
import org.sgnet.sources.Fields;
import org.sgnet.sources.Locator;
import org.sgnet.sources.SourceError;
import org.sgnet.sources.SourcePerson;
import org.sgnet.sources.SourceRecords;

/**
 * Maps one {@code Child} of a return, with its episodes ({@code CINdetails}) and their assessments,
 * plans, section 47 enquiries and child protection plans, each of which is a record of its own: a
 * bad assessment refuses that assessment, not the child. See {@code docs/sources/cin.md} for the
 * mapping table.
 */
final class ChildMapper {

  /** A UPN: a letter and 12 digits, or (a temporary UPN) a letter, 11 digits and a letter. */
  private static final Pattern UPN = Pattern.compile("[A-Za-z]\\d{12}|[A-Za-z]\\d{11}[A-Za-z]");

  /** What the children of one return share. */
  record Context(
      String file,
      String lea,
      String agencyId,
      LocalDate referenceDate,
      SourceRecords records,
      Chronology chronology,
      Map<XmlElement, List<CinSchema.Problem>> schemaProblems) {}

  private final Context ctx;

  ChildMapper(Context ctx) {
    this.ctx = ctx;
  }

  /** Maps a {@code Child} element. */
  void map(XmlElement child) {
    Locator at = at(child);
    ctx.records().counted(ctx.file());
    List<XmlElement> episodes = child.all("CINdetails");
    if (refusedBySchema(child, at)) {
      // The episodes are about a child who is not there: they are counted, and the child's
      // errors say why nothing of them came in.
      countRecords(episodes);
      return;
    }
    XmlElement ids = child.first("ChildIdentifiers");
    XmlElement characteristics = child.first("ChildCharacteristics");
    Fields f =
        new Fields(
            ctx.records(),
            at,
            field -> {
              String v = ids == null ? null : ids.find(field);
              return v != null || characteristics == null ? v : characteristics.find(field);
            });
    String laChildId = f.text("LAchildID");
    String childId = f.id("LAchildID", "cin-" + ctx.lea());
    String upn = upn(f, "UPN");
    String formerUpn = upn(f, "FormerUPN");
    LocalDate born = f.date("PersonBirthDate", false);
    LocalDate expected = f.date("ExpectedPersonBirthDate", false);
    String ethnicity = f.text("Ethnicity");
    f.code("Ethnicity", CinCodes.ETHNICITIES, "ethnicity", false);
    if (!f.ok()) {
      countRecords(episodes);
      return;
    }
    List<String> identifiers = new ArrayList<>();
    identifiers.add("la-child:" + ctx.lea() + ":" + laChildId);
    if (upn != null) {
      identifiers.add("upn:" + upn);
    }
    if (formerUpn != null && !formerUpn.equals(upn)) {
      identifiers.add("upn:" + formerUpn);
    }
    ctx.records()
        .person(
            new SourcePerson(
                childId,
                PersonKind.CHILD,
                null,
                born != null ? born : expected,
                null,
                null,
                identifiers,
                null,
                at));
    Chronology.Subject subject = new Chronology.Subject(childId, ctx.agencyId(), ctx.lea());
    episodes.forEach(episode -> episode(episode, subject));
    if (ethnicity != null) {
      // The return says what the authority holds, not when it was written down: the child's
      // earliest entry (usually the referral) is the first day the authority is known to have
      // had the child's record, so that no assessment comes before the ethnicity.
      LocalDate first = ctx.chronology().earliest(childId);
      LocalDate date = first != null ? first : ctx.referenceDate();
      if (date == null) {
        ctx.records()
            .refuse(
                new SourceError(
                    at,
                    "Ethnicity",
                    "has no date: no record of the child came in with a date and the header has"
                        + " no ReferenceDate"));
      } else {
        ctx.chronology()
            .add(
                subject,
                "eth-" + ethnicity.toUpperCase(Locale.ROOT),
                date,
                EventType.ETHNICITY_RECORDED,
                null,
                ethnicity,
                null,
                at);
      }
    }
  }

  /** Maps an episode and its parts. */
  private void episode(XmlElement episode, Chronology.Subject s) {
    Locator at = at(episode);
    ctx.records().counted(ctx.file());
    if (!refusedBySchema(episode, at)) {
      Fields f = new Fields(ctx.records(), at, episode::find);
      LocalDate referral = f.date("CINreferralDate", true);
      String sourceCode = f.text("ReferralSource");
      String source = f.code("ReferralSource", CinCodes.REFERRAL_SOURCES, "referral source", true);
      String needCode = f.text("PrimaryNeedCode");
      String need = f.code("PrimaryNeedCode", CinCodes.PRIMARY_NEEDS, "primary need", false);
      Boolean noFurtherAction = f.code("ReferralNFA", CinCodes.YES_NO, "yes/no", false);
      LocalDate closure = f.date("CINclosureDate", false);
      String reasonCode = f.text("ReasonForClosure");
      String reason =
          f.code("ReasonForClosure", CinCodes.CLOSURE_REASONS, "reason for closure", false);
      LocalDate conference = f.date("DateOfInitialCPC", false);
      if (referral != null && closure != null && closure.isBefore(referral)) {
        f.refuse("CINclosureDate", "is before CINreferralDate: an episode ends after it starts");
      }
      if (f.ok()) {
        String summary =
            "Referral to children's social care from "
                + source
                + " (ReferralSource "
                + sourceCode.toUpperCase(Locale.ROOT)
                + ")"
                + (need == null
                    ? ""
                    : ", primary need " + needCode.toUpperCase(Locale.ROOT) + ": " + need)
                + (Boolean.TRUE.equals(noFurtherAction) ? ", no further action" : "");
        event(s, "ref-" + Chronology.day(referral), referral, EventType.CIRCUMSTANCES_CHANGED)
            .summary(summary)
            .at(at);
        if (closure != null) {
          String value =
              "Children in need episode closed"
                  + (reason == null
                      ? ""
                      : " (" + reasonCode.toUpperCase(Locale.ROOT) + ": " + reason + ")");
          event(s, "close-" + Chronology.day(closure), closure, EventType.DECISION)
              .value(value)
              .at(at);
        }
        if (conference != null) {
          initialConference(s, conference, at);
        }
      }
    }
    episode.all("Assessments").forEach(a -> assessment(a, s));
    episode.all("CINPlanDates").forEach(p -> cinPlan(p, s));
    episode.all("Section47").forEach(e -> section47(e, s));
    episode.all("ChildProtectionPlans").forEach(p -> protectionPlan(p, s));
  }

  private void assessment(XmlElement assessment, Chronology.Subject s) {
    Locator at = at(assessment);
    ctx.records().counted(ctx.file());
    if (refusedBySchema(assessment, at)) {
      return;
    }
    Fields f = new Fields(ctx.records(), at, assessment::find);
    LocalDate start = f.date("AssessmentActualStartDate", true);
    LocalDate authorised = f.date("AssessmentAuthorisationDate", false);
    if (start != null && authorised != null && authorised.isBefore(start)) {
      f.refuse(
          "AssessmentAuthorisationDate",
          "is before AssessmentActualStartDate: an assessment is authorised after it starts");
    }
    XmlElement factorList = assessment.first("FactorsIdentifiedAtAssessment");
    int count = factorList == null ? 0 : factorList.all("AssessmentFactors").size();
    List<String> codes = new ArrayList<>();
    List<CinCodes.Factor> factors = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      String field = "FactorsIdentifiedAtAssessment/AssessmentFactors[" + i + "]";
      CinCodes.Factor factor = f.code(field, CinCodes.FACTORS, "CIN assessment factor", false);
      if (factor != null) {
        codes.add(f.text(field).toUpperCase(Locale.ROOT));
        factors.add(factor);
      }
    }
    if (!f.ok()) {
      return;
    }
    String key = "asm-" + Chronology.day(start);
    if (authorised != null) {
      // An assessment event is a completed one: an assessment not yet authorised is still open.
      event(s, key, authorised, EventType.ASSESSMENT)
          .summary(
              "Children's social care assessment"
                  + (codes.isEmpty() ? "" : ", factors identified: " + String.join(", ", codes)))
          .at(at);
    }
    LocalDate identified = authorised != null ? authorised : start;
    for (int i = 0; i < factors.size(); i++) {
      CinCodes.Factor factor = factors.get(i);
      if (factor.risk() != null) {
        event(s, key + "-f" + codes.get(i), identified, EventType.RISK)
            .value(factor.risk().name())
            .summary("Assessment factor " + codes.get(i) + ": " + factor.meaning())
            .at(at);
      }
    }
  }

  private void cinPlan(XmlElement plan, Chronology.Subject s) {
    Locator at = at(plan);
    ctx.records().counted(ctx.file());
    if (refusedBySchema(plan, at)) {
      return;
    }
    Fields f = new Fields(ctx.records(), at, plan::find);
    LocalDate start = f.date("CINPlanStartDate", true);
    LocalDate end = f.date("CINPlanEndDate", false);
    if (start != null && end != null && end.isBefore(start)) {
      f.refuse("CINPlanEndDate", "is before CINPlanStartDate: a plan ends after it starts");
    }
    if (!f.ok()) {
      return;
    }
    String key = "cinp-" + Chronology.day(start);
    event(s, key, start, EventType.DECISION).value("Child in need plan started").at(at);
    if (end != null) {
      event(s, key + "-end", end, EventType.DECISION).value("Child in need plan ended").at(at);
    }
  }

  private void section47(XmlElement enquiry, Chronology.Subject s) {
    Locator at = at(enquiry);
    ctx.records().counted(ctx.file());
    if (refusedBySchema(enquiry, at)) {
      return;
    }
    Fields f = new Fields(ctx.records(), at, enquiry::find);
    LocalDate start = f.date("S47ActualStartDate", true);
    LocalDate conference = f.date("DateOfInitialCPC", false);
    Boolean notRequired = f.code("ICPCnotRequired", CinCodes.YES_NO, "yes/no", false);
    if (!f.ok()) {
      return;
    }
    // A section 47 enquiry starts from a strategy discussion (Working Together): its start date is
    // the date of that discussion as far as the return tells.
    event(s, "s47-" + Chronology.day(start), start, EventType.MEETING)
        .subtype(MeetingSubtype.STRATEGY)
        .summary(
            "Strategy discussion: section 47 enquiry started"
                + (Boolean.TRUE.equals(notRequired)
                    ? ", initial child protection conference not required"
                    : ""))
        .at(at);
    if (conference != null) {
      initialConference(s, conference, at);
    }
  }

  private void protectionPlan(XmlElement plan, Chronology.Subject s) {
    Locator at = at(plan);
    ctx.records().counted(ctx.file());
    if (refusedBySchema(plan, at)) {
      return;
    }
    Fields f = new Fields(ctx.records(), at, plan::find);
    LocalDate start = f.date("CPPstartDate", true);
    LocalDate end = f.date("CPPendDate", false);
    String initialCode = f.text("InitialCategoryOfAbuse");
    CinCodes.Abuse initial =
        f.code("InitialCategoryOfAbuse", CinCodes.ABUSE_CATEGORIES, "category of abuse", true);
    String latestCode = f.text("LatestCategoryOfAbuse");
    CinCodes.Abuse latest =
        f.code("LatestCategoryOfAbuse", CinCodes.ABUSE_CATEGORIES, "category of abuse", false);
    XmlElement reviewList = plan.first("Reviews");
    int count = reviewList == null ? 0 : reviewList.all("CPPreviewDate").size();
    List<LocalDate> reviews = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      LocalDate review = f.date("Reviews/CPPreviewDate[" + i + "]", false);
      if (review != null) {
        reviews.add(review);
      }
    }
    if (start != null && end != null && end.isBefore(start)) {
      f.refuse("CPPendDate", "is before CPPstartDate: a plan ends after it starts");
    }
    if (!f.ok()) {
      return;
    }
    String key = "cpp-" + Chronology.day(start);
    String first = initialCode.toUpperCase(Locale.ROOT);
    event(s, key, start, EventType.DECISION)
        .value("Child protection plan started (category " + first + ": " + initial.meaning() + ")")
        .at(at);
    event(s, key + "-" + first, start, EventType.RISK)
        .value(initial.risk().name())
        .summary("Child protection plan category " + first + ": " + initial.meaning())
        .at(at);
    for (LocalDate review : reviews) {
      event(s, "cppr-" + Chronology.day(review), review, EventType.MEETING)
          .subtype(MeetingSubtype.RISK_MANAGEMENT)
          .summary("Child protection review conference")
          .at(at);
    }
    if (latest != null && !latestCode.equalsIgnoreCase(initialCode)) {
      // The return does not say when the category changed; a review conference decides it, so
      // the latest review is the best date known (the plan's start when it had none).
      LocalDate changed = reviews.stream().max(LocalDate::compareTo).orElse(start);
      String code = latestCode.toUpperCase(Locale.ROOT);
      event(s, key + "-latest-" + code, changed, EventType.RISK)
          .value(latest.risk().name())
          .summary("Child protection plan category changed to " + code + ": " + latest.meaning())
          .at(at);
    }
    if (end != null) {
      event(s, key + "-end", end, EventType.DECISION).value("Child protection plan ended").at(at);
    }
  }

  /** An initial child protection conference, which both the episode and its enquiry may give. */
  private void initialConference(Chronology.Subject s, LocalDate date, Locator at) {
    event(s, "icpc-" + Chronology.day(date), date, EventType.MEETING)
        .subtype(MeetingSubtype.RISK_MANAGEMENT)
        .summary("Initial child protection conference")
        .at(at);
  }

  /** Refuses a record the schema refused, with each of its violations; returns whether it did. */
  private boolean refusedBySchema(XmlElement record, Locator at) {
    List<CinSchema.Problem> problems = ctx.schemaProblems().get(record);
    if (problems == null || problems.isEmpty()) {
      return false;
    }
    for (CinSchema.Problem p : problems) {
      ctx.records()
          .refuse(
              new SourceError(
                  at,
                  null,
                  "line "
                      + p.line()
                      + ": does not follow the CIN census schema (2024): "
                      + p.message()));
    }
    return true;
  }

  private void countRecords(List<XmlElement> episodes) {
    for (XmlElement episode : episodes) {
      ctx.records().counted(ctx.file());
      for (XmlElement part : episode.children()) {
        if (XmlElement.INDEXED.contains(part.name())) {
          ctx.records().counted(ctx.file());
        }
      }
    }
  }

  /** Returns the UPN of the field in upper case, refusing the record when it is no UPN. */
  private static String upn(Fields f, String field) {
    String v = f.text(field);
    if (v == null) {
      return null;
    }
    if (!UPN.matcher(v).matches()) {
      f.refuse(field, "is not a UPN (a letter and 12 digits, or a letter, 11 digits and a letter)");
      return null;
    }
    return v.toUpperCase(Locale.ROOT);
  }

  private Locator at(XmlElement e) {
    return new Locator(CinAdapter.FORMAT, ctx.file(), e.path());
  }

  private EventBuilder event(Chronology.Subject s, String key, LocalDate date, EventType type) {
    return new EventBuilder(s, key, date, type);
  }

  /** The optional parts of an event, named where they are given; {@link #at} adds it. */
  private final class EventBuilder {
    private final Chronology.Subject subject;
    private final String key;
    private final LocalDate date;
    private final EventType type;
    private MeetingSubtype subtype;
    private String value;
    private String summary;

    EventBuilder(Chronology.Subject subject, String key, LocalDate date, EventType type) {
      this.subject = subject;
      this.key = key;
      this.date = date;
      this.type = type;
    }

    EventBuilder subtype(MeetingSubtype subtype) {
      this.subtype = subtype;
      return this;
    }

    EventBuilder value(String value) {
      this.value = value;
      return this;
    }

    EventBuilder summary(String summary) {
      this.summary = summary;
      return this;
    }

    void at(Locator at) {
      ctx.chronology().add(subject, key, date, type, subtype, value, summary, at);
    }
  }
}
