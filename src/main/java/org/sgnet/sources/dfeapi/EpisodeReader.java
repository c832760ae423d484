package org.sgnet.sources.dfeapi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.sgnet.bundle.EventType;
import org.sgnet.bundle.MeetingSubtype;
import org.sgnet.bundle.PersonKind;
import org.sgnet.bundle.Tie;
import org.sgnet.bundle.TieType;
import org.sgnet.sources.SourcePerson;

/**
 * Reads one social care episode of a child: the referral and closure, the care workers (INVOLVED
 * ties), child and family assessments with their factors, child in need and child protection plans,
 * section 47 enquiries, looked-after placements (PLACED_WITH ties) and adoption.
 */
final class EpisodeReader {

  /** A Social Work England registration number: {@code SW} and digits. */
  private static final Pattern SWE = Pattern.compile("SW[0-9]{1,10}", Pattern.CASE_INSENSITIVE);

  private final Payload payload;

  EpisodeReader(Payload payload) {
    this.payload = payload;
  }

  /** Reads the episode at a JSON path, such as {@code /3/social_care_episodes/0}. */
  void read(JsonTree.Node node, String path, String laChildId, String childId) {
    Item e = payload.open(node, path);
    if (e == null) {
      return;
    }
    String episodeId = e.idPart("social_care_episode_id");
    LocalDate referral = e.date("referral_date", false);
    String source = e.code("referral_source", DfeCodes.REFERRAL_SOURCES, "referral source", false);
    Boolean noFurtherAction = e.bool("referral_no_further_action_flag");
    LocalDate closure = e.date("closure_date", false);
    String reason = e.code("closure_reason", DfeCodes.CLOSURE_REASONS, "reason for closure", false);
    if (Boolean.TRUE.equals(noFurtherAction) && referral == null && e.ok()) {
      e.refuse("referral_date", "must not be empty when referral_no_further_action_flag is true");
    }
    if (referral != null && closure != null && closure.isBefore(referral)) {
      e.refuse("closure_date", "is before referral_date");
    }
    List<JsonTree.Node> workers = e.array("care_worker_details");
    List<JsonTree.Node> assessments = e.array("child_and_family_assessments");
    List<JsonTree.Node> cinPlans = e.array("child_in_need_plans");
    List<JsonTree.Node> enquiries = e.array("section_47_assessments");
    List<JsonTree.Node> cpPlans = e.array("child_protection_plans");
    List<JsonTree.Node> placements = e.array("child_looked_after_placements");
    JsonTree.Node adoption = e.object("adoption");
    JsonTree.Node careLeaver = e.object("care_leavers");
    if (!e.ok()) {
      // A refused episode takes its nested records along, so that its error explains them all.
      return;
    }
    if (referral != null) {
      payload.event(
          e,
          DfeIds.event(laChildId, "ref", episodeId),
          referral,
          EventType.CIRCUMSTANCES_CHANGED,
          childId,
          null,
          null,
          "Referral to children's social care" + (source == null ? "" : " by " + source));
    }
    if (Boolean.TRUE.equals(noFurtherAction)) {
      decision(
          e,
          DfeIds.event(laChildId, "nfa", episodeId),
          referral,
          childId,
          "No further action after the referral");
    }
    if (closure != null) {
      decision(
          e,
          DfeIds.event(laChildId, "close", episodeId),
          closure,
          childId,
          "Social care episode closed" + (reason == null ? "" : ": " + reason));
    }
    for (int i = 0; i < workers.size(); i++) {
      worker(workers.get(i), path + "/care_worker_details/" + i, childId);
    }
    for (int i = 0; i < assessments.size(); i++) {
      assessment(
          assessments.get(i), path + "/child_and_family_assessments/" + i, laChildId, childId);
    }
    for (int i = 0; i < cinPlans.size(); i++) {
      plan(cinPlans.get(i), path + "/child_in_need_plans/" + i, laChildId, childId, Plan.CIN);
    }
    for (int i = 0; i < cpPlans.size(); i++) {
      plan(cpPlans.get(i), path + "/child_protection_plans/" + i, laChildId, childId, Plan.CP);
    }
    for (int i = 0; i < enquiries.size(); i++) {
      enquiry(enquiries.get(i), path + "/section_47_assessments/" + i, laChildId, childId);
    }
    for (int i = 0; i < placements.size(); i++) {
      placement(
          placements.get(i), path + "/child_looked_after_placements/" + i, laChildId, childId);
    }
    if (adoption != null) {
      adoption(adoption, path + "/adoption", laChildId, episodeId, childId);
    }
    if (careLeaver != null) {
      // Counted but not imported: see the documentation.
      payload.counted();
    }
  }

  /** A care worker: a PROFESSIONAL of the authority and an INVOLVED tie for their dates. */
  private void worker(JsonTree.Node node, String path, String childId) {
    Item w = payload.open(node, path);
    if (w == null) {
      return;
    }
    String workerId = w.idPart("worker_id");
    LocalDate start = w.date("start_date", false);
    LocalDate end = w.date("end_date", false);
    endNotBeforeStart(w, start, end, "end_date", "start_date");
    if (!w.ok()) {
      return;
    }
    // The schema asks for the SWE number, "or an alternative unique ID if this is unavailable":
    // only an SWE number is an identifier that other sources share.
    boolean registered = SWE.matcher(workerId).matches();
    List<String> identifiers =
        registered ? List.of("swe:" + workerId.toUpperCase(Locale.ROOT)) : List.of();
    String id = DfeIds.worker(workerId);
    payload
        .records()
        .person(
            new SourcePerson(
                id,
                PersonKind.PROFESSIONAL,
                null,
                null,
                payload.agencyId(),
                registered ? "Social worker" : "Social care worker",
                identifiers,
                null,
                w.at()));
    payload
        .records()
        .tie(
            new Tie(
                TieType.INVOLVED, id, childId, start, end, null, null, false, Map.of(), List.of()),
            w.at());
  }

  /**
   * A child and family assessment: an ASSESSMENT event when it was authorised (completed), and a
   * RISK event for each factor that is a risk.
   */
  private void assessment(JsonTree.Node node, String path, String laChildId, String childId) {
    Item a = payload.open(node, path);
    if (a == null) {
      return;
    }
    String assessmentId = a.idPart("child_and_family_assessment_id");
    LocalDate start = a.date("start_date", false);
    LocalDate authorised = a.date("authorisation_date", false);
    endNotBeforeStart(a, start, authorised, "authorisation_date", "start_date");
    List<String> codes = new ArrayList<>();
    List<DfeCodes.Factor> factors = new ArrayList<>();
    for (JsonTree.Node f : a.array("factors")) {
      if (!f.scalar()) {
        a.refuse("factors", "holds a list or an object: expected factor codes");
        continue;
      }
      DfeCodes.Factor factor = a.listCode("factors", f.text(), DfeCodes.FACTORS, "factor");
      if (factor != null) {
        codes.add(f.text().strip().toUpperCase(Locale.ROOT));
        factors.add(factor);
      }
    }
    // Factors are identified at the end of an assessment; one not yet authorised dates its
    // factors by its start.
    LocalDate riskDate = authorised != null ? authorised : start;
    boolean risks = factors.stream().anyMatch(f -> f.risk() != null);
    if (risks && riskDate == null && a.ok()) {
      a.refuse("factors", "have no date: authorisation_date and start_date are empty");
    }
    if (!a.ok()) {
      return;
    }
    if (authorised != null) {
      List<String> named = new ArrayList<>();
      for (int i = 0; i < codes.size(); i++) {
        named.add(codes.get(i) + " " + factors.get(i).text());
      }
      payload.event(
          a,
          DfeIds.event(laChildId, "cfa", assessmentId),
          authorised,
          EventType.ASSESSMENT,
          childId,
          null,
          null,
          "Child and family assessment"
              + (named.isEmpty() ? "" : "; factors: " + String.join(", ", named)));
    }
    for (int i = 0; i < codes.size(); i++) {
      DfeCodes.Factor factor = factors.get(i);
      if (factor.risk() == null) {
        continue;
      }
      payload.event(
          a,
          DfeIds.event(laChildId, "cfa", assessmentId, codes.get(i)),
          riskDate,
          EventType.RISK,
          childId,
          null,
          factor.risk().name(),
          "Assessment factor " + codes.get(i) + ": " + factor.text());
    }
  }

  /** The two kinds of plan, each a DECISION when it starts and when it ends. */
  private enum Plan {
    CIN("child_in_need_plan_id", "cin", "Child in need plan"),
    CP("child_protection_plan_id", "cpp", "Child protection plan");

    final String idMember;
    final String kind;
    final String text;

    Plan(String idMember, String kind, String text) {
      this.idMember = idMember;
      this.kind = kind;
      this.text = text;
    }
  }

  private void plan(JsonTree.Node node, String path, String laChildId, String childId, Plan plan) {
    Item p = payload.open(node, path);
    if (p == null) {
      return;
    }
    String planId = p.idPart(plan.idMember);
    LocalDate start = p.date("start_date", true);
    LocalDate end = p.date("end_date", false);
    endNotBeforeStart(p, start, end, "end_date", "start_date");
    if (!p.ok()) {
      return;
    }
    decision(
        p,
        DfeIds.event(laChildId, plan.kind, planId, "start"),
        start,
        childId,
        plan.text + " started");
    if (end != null) {
      decision(
          p, DfeIds.event(laChildId, plan.kind, planId, "end"), end, childId, plan.text + " ended");
    }
  }

  /**
   * A section 47 enquiry: the strategy discussion that starts it (a STRATEGY meeting), the initial
   * child protection conference (a RISK_MANAGEMENT meeting) and the enquiry's end (a DECISION).
   */
  private void enquiry(JsonTree.Node node, String path, String laChildId, String childId) {
    Item s = payload.open(node, path);
    if (s == null) {
      return;
    }
    String enquiryId = s.idPart("section_47_assessment_id");
    LocalDate start = s.date("start_date", true);
    Boolean conference = s.bool("icpc_required_flag");
    LocalDate icpc = s.date("icpc_date", false);
    LocalDate end = s.date("end_date", false);
    endNotBeforeStart(s, start, icpc, "icpc_date", "start_date");
    endNotBeforeStart(s, start, end, "end_date", "start_date");
    if (icpc != null && Boolean.FALSE.equals(conference)) {
      s.refuse("icpc_date", "is given but icpc_required_flag is false");
    }
    if (!s.ok()) {
      return;
    }
    meeting(
        s,
        DfeIds.event(laChildId, "s47", enquiryId, "strategy"),
        start,
        childId,
        MeetingSubtype.STRATEGY,
        "Strategy discussion: section 47 enquiry started");
    if (icpc != null) {
      meeting(
          s,
          DfeIds.event(laChildId, "s47", enquiryId, "icpc"),
          icpc,
          childId,
          MeetingSubtype.RISK_MANAGEMENT,
          "Initial child protection conference");
    }
    if (end != null) {
      String outcome =
          conference == null
              ? ""
              : conference
                  ? ": initial child protection conference required"
                  : ": no conference required";
      decision(
          s,
          DfeIds.event(laChildId, "s47", enquiryId, "end"),
          end,
          childId,
          "Section 47 enquiry ended" + outcome);
    }
  }

  /** A looked-after placement: a PLACED_WITH tie to the unnamed carer or establishment. */
  private void placement(JsonTree.Node node, String path, String laChildId, String childId) {
    Item p = payload.open(node, path);
    if (p == null) {
      return;
    }
    String placementId = p.idPart("child_looked_after_placement_id");
    LocalDate start = p.date("start_date", false);
    LocalDate end = p.date("end_date", false);
    String typeCode = p.text("placement_type");
    DfeCodes.Placement type =
        p.code("placement_type", DfeCodes.PLACEMENT_TYPES, "SSDA903 placement type", true);
    String postcode = p.text("postcode");
    endNotBeforeStart(p, start, end, "end_date", "start_date");
    if (!p.ok()) {
      return;
    }
    typeCode = typeCode.toUpperCase(Locale.ROOT);
    String with =
        type.with() == PersonKind.FAMILY
            ? DfeIds.parents(laChildId)
            : DfeIds.place(laChildId, placementId, typeCode, postcode);
    payload.records().person(SourcePerson.unnamed(with, type.with(), type.text(), p.at()));
    payload
        .records()
        .tie(
            new Tie(
                TieType.PLACED_WITH,
                childId,
                with,
                start,
                end,
                null,
                type.basis(),
                null,
                Map.of(
                    "x_placement_type",
                    typeCode,
                    "x_legal_basis_from",
                    type.assumed() ? "assumed" : "placement type"),
                List.of()),
            p.at());
  }

  /** Adoption: a DECISION for each of its dates. */
  private void adoption(
      JsonTree.Node node, String path, String laChildId, String episodeId, String childId) {
    Item a = payload.open(node, path);
    if (a == null) {
      return;
    }
    LocalDate decided = a.date("initial_decision_date", false);
    LocalDate matched = a.date("matched_date", false);
    LocalDate placed = a.date("placed_date", false);
    if (!a.ok()) {
      return;
    }
    adoptionStep(
        a,
        laChildId,
        episodeId,
        childId,
        "decision",
        decided,
        "Decision that the child should be placed for adoption");
    adoptionStep(
        a,
        laChildId,
        episodeId,
        childId,
        "matched",
        matched,
        "Child matched with prospective adopters");
    adoptionStep(a, laChildId, episodeId, childId, "placed", placed, "Child placed for adoption");
  }

  private void adoptionStep(
      Item a,
      String laChildId,
      String episodeId,
      String childId,
      String step,
      LocalDate date,
      String text) {
    if (date != null) {
      decision(a, DfeIds.event(laChildId, "adopt", episodeId, step), date, childId, text);
    }
  }

  /** Adds a decision of the authority about the child. */
  private void decision(Item from, String id, LocalDate date, String childId, String text) {
    payload.event(from, id, date, EventType.DECISION, childId, null, text, null);
  }

  /** Adds a meeting of the authority about the child. */
  private void meeting(
      Item from,
      String id,
      LocalDate date,
      String childId,
      MeetingSubtype subtype,
      String summary) {
    payload.event(from, id, date, EventType.MEETING, childId, subtype, null, summary);
  }

  private static void endNotBeforeStart(
      Item item, LocalDate start, LocalDate end, String endMember, String startMember) {
    if (start != null && end != null && end.isBefore(start)) {
      item.refuse(endMember, "is before " + startMember);
    }
  }
}
