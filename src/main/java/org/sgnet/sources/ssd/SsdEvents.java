package org.sgnet.sources.ssd;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.sgnet.bundle.EventType;
import org.sgnet.bundle.RiskCategory;
import org.sgnet.sources.Fields;

/**
 * The chronology of an SSD export: contacts, referrals (CIN episodes), assessments and their
 * factors, plans, visits, strategy discussions and conferences, reviews. Every event is the
 * authority's children's social care's record about a child of {@code ssd_person}.
 */
final class SsdEvents {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A mapped assessment, for the factors that refer to it. */
  private record Assessment(String childId, LocalDate date, String workerId) {}

  private final SsdContext ctx;
  private final SsdCare care;
  private final Map<String, Assessment> assessments = new HashMap<>();
  private final Map<String, String> childOfCinPlan = new HashMap<>();
  private final Map<String, String> childOfCpPlan = new HashMap<>();

  SsdEvents(SsdContext ctx, SsdCare care) {
    this.ctx = ctx;
    this.care = care;
  }

  /** Maps every table of the chronology. */
  void map() {
    contacts();
    referrals();
    assessments();
    factors();
    cinPlans();
    visits(
        SsdTable.CIN_VISITS,
        "cinv_cin_visit",
        "cinv_person_id",
        "cinv_cin_plan_id",
        childOfCinPlan);
    strategyDiscussions();
    conferences();
    cpPlans();
    cpReviews();
    visits(SsdTable.CP_VISITS, "cppv_cp_visit", "cppv_person_id", "cppv_cp_plan_id", childOfCpPlan);
    claReviews();
    visits(SsdTable.CLA_VISITS, "clav_cla_visit", "clav_person_id", null, Map.of());
  }

  private void contacts() {
    for (Fields f : ctx.rows(SsdTable.CONTACTS)) {
      String id = ctx.eventId(f, "cont_contact_id", "contact");
      String child = ctx.child(f, "cont_person_id");
      LocalDate date = f.date("cont_contact_date", true);
      if (!f.ok()) {
        continue;
      }
      String source =
          f.text("cont_contact_source_desc") != null
              ? f.text("cont_contact_source_desc")
              : f.text("cont_contact_source_code");
      ctx.event(
          f.at(),
          id,
          date,
          EventType.INFORMATION_SHARED,
          child,
          null,
          null,
          null,
          null,
          "Contact received by children's social care"
              + (source == null ? "" : " from: " + source));
    }
  }

  private void referrals() {
    for (Fields f : ctx.rows(SsdTable.CIN_EPISODES)) {
      String id = ctx.eventId(f, "cine_referral_id", "referral");
      String child = ctx.child(f, "cine_person_id");
      SsdContext.Span episode = SsdContext.span(f, "cine_referral_date", true, "cine_close_date");
      String need =
          f.code("cine_cin_primary_need_code", SsdCodes.PRIMARY_NEED, "primary need", false);
      String reason = f.code("cine_close_reason", SsdCodes.CLOSE_REASON, "closure reason", false);
      Boolean nfa = f.code("cine_referral_nfa", SsdCodes.YES_NO, "yes/no", false);
      String worker = ctx.worker(f, "cine_referral_worker_id");
      String closedId = endId(f, id, episode, "closed");
      if (!f.ok()) {
        continue;
      }
      String decision =
          Boolean.TRUE.equals(nfa)
              ? "Referral: no further action"
              : "Referral accepted: child in need episode opened"
                  + (need == null ? "" : ", primary need " + need);
      ctx.decision(f.at(), id, episode.start(), child, worker, decision);
      if (closedId != null) {
        ctx.decision(
            f.at(),
            closedId,
            episode.end(),
            child,
            null,
            "Child in need episode closed" + (reason == null ? "" : ": " + reason));
      }
    }
  }

  private void assessments() {
    for (Fields f : ctx.rows(SsdTable.CIN_ASSESSMENTS)) {
      String id = ctx.eventId(f, "cina_assessment_id", "assessment");
      String child = ctx.child(f, "cina_person_id");
      SsdContext.Span span =
          SsdContext.span(f, "cina_assessment_start_date", true, "cina_assessment_auth_date");
      Boolean seen = f.code("cina_assessment_child_seen", SsdCodes.YES_NO, "yes/no", false);
      Boolean nfa = f.code("cina_assessment_outcome_nfa", SsdCodes.YES_NO, "yes/no", false);
      String worker = ctx.worker(f, "cina_assessment_worker_id");
      if (!f.ok()) {
        continue;
      }
      // An assessment is dated when it was completed (authorised); one still open at its start.
      LocalDate authorised = span.end();
      LocalDate date = authorised != null ? authorised : span.start();
      List<String> notes = new ArrayList<>();
      notes.add(
          authorised != null
              ? "Child and family assessment completed"
              : "Assessment started, not yet completed");
      if (seen != null) {
        notes.add(seen ? "child seen" : "child not seen");
      }
      if (Boolean.TRUE.equals(nfa)) {
        notes.add("no further action");
      }
      ctx.event(
          f.at(),
          id,
          date,
          EventType.ASSESSMENT,
          child,
          worker,
          null,
          null,
          null,
          String.join("; ", notes));
      assessments.put(f.text("cina_assessment_id"), new Assessment(child, date, worker));
    }
  }

  private void factors() {
    for (Fields f : ctx.rows(SsdTable.ASSESSMENT_FACTORS)) {
      String assessmentId = f.required("cinf_assessment_id");
      Assessment assessment = assessmentId == null ? null : assessments.get(assessmentId);
      if (assessmentId != null && assessment == null) {
        f.refuse(
            "cinf_assessment_id",
            "names an assessment that is not in ssd_cin_assessments (or whose row was refused)");
      }
      Map<RiskCategory, List<String>> risks = risks(f);
      String base =
          f.ok()
              ? ctx.eventId(
                  f,
                  f.text("cinf_table_id") != null ? "cinf_table_id" : "cinf_assessment_id",
                  "factors")
              : null;
      Map<RiskCategory, String> ids = new LinkedHashMap<>();
      if (base != null) {
        risks.keySet().forEach(c -> ids.put(c, ctx.derivedId(f, base, c.name())));
      }
      if (!f.ok()) {
        continue;
      }
      for (Map.Entry<RiskCategory, List<String>> risk : risks.entrySet()) {
        ctx.risk(
            f.at(),
            ids.get(risk.getKey()),
            assessment.date(),
            assessment.childId(),
            assessment.workerId(),
            risk.getKey(),
            "Assessment factors " + String.join(", ", risk.getValue()));
      }
    }
  }

  /** Returns the factors' risk categories, each with its factor codes; refuses unknown codes. */
  private static Map<RiskCategory, List<String>> risks(Fields f) {
    String field = "cinf_assessment_factors_json";
    Map<RiskCategory, List<String>> risks = new java.util.TreeMap<>();
    String text = f.required(field);
    if (text == null) {
      return risks;
    }
    List<String> codes = new ArrayList<>();
    if (!codes(text, codes, f, field)) {
      return risks;
    }
    TreeSet<String> unknown = new TreeSet<>();
    for (String code : codes) {
      Optional<RiskCategory> category = SsdCodes.ASSESSMENT_FACTOR.get(code);
      if (category == null) {
        unknown.add(code.length() > 8 ? code.substring(0, 8) + "…" : code);
      } else {
        category.ifPresent(c -> risks.computeIfAbsent(c, k -> new ArrayList<>()).add(code));
      }
    }
    if (!unknown.isEmpty()) {
      f.refuse(
          field,
          "has factor codes that sgnet does not map: "
              + String.join(", ", unknown)
              + " (known: the CIN census factors 1A to 24A, 20 and 21)");
    }
    return risks;
  }

  /**
   * Reads the factor codes: a JSON list ({@code ["1A","2B"]}), a JSON object of flags ({@code
   * {"1A":"Yes","2B":"No"}}), or a plain comma-separated list.
   */
  private static boolean codes(String text, List<String> codes, Fields f, String field) {
    if (!text.startsWith("[") && !text.startsWith("{")) {
      for (String code : text.split("[,;]")) {
        if (!code.isBlank()) {
          codes.add(code.strip().toUpperCase(Locale.ROOT));
        }
      }
      return true;
    }
    try {
      JsonNode node = JSON.readTree(text);
      if (node.isArray()) {
        for (JsonNode code : node) {
          if (!code.isTextual() && !code.isNumber()) {
            throw new IllegalArgumentException();
          }
          codes.add(code.asText().strip().toUpperCase(Locale.ROOT));
        }
        return true;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        Boolean flag = SsdCodes.YES_NO.get(e.getValue().asText().strip().toUpperCase(Locale.ROOT));
        if (flag == null && !e.getValue().asText().isBlank()) {
          throw new IllegalArgumentException();
        }
        if (Boolean.TRUE.equals(flag)) {
          codes.add(e.getKey().strip().toUpperCase(Locale.ROOT));
        }
      }
      return true;
    } catch (JsonProcessingException | IllegalArgumentException e) {
      f.refuse(
          field,
          "is not a list of factor codes (a JSON list, a JSON object of yes/no flags,"
              + " or codes separated by commas)");
      return false;
    }
  }

  private void cinPlans() {
    plans(
        SsdTable.CIN_PLANS,
        "cinp_cin_plan",
        "cinplan",
        "cinp_person_id",
        "cinp_cin_plan_worker_id",
        null,
        childOfCinPlan,
        "Child in need plan");
  }

  private void cpPlans() {
    plans(
        SsdTable.CP_PLANS,
        "cppl_cp_plan",
        "cpplan",
        "cppl_person_id",
        null,
        "cppl_cp_plan_initial_category",
        childOfCpPlan,
        "Child protection plan");
  }

  /**
   * Maps the rows of a table of plans (child in need, child protection): a DECISION when the plan
   * starts and another when it ends, and a RISK event for each category of abuse of a plan that
   * names them. The plan's child is kept for the visits and reviews that name only the plan.
   *
   * @param prefix the start of the plan's own columns ({@code _id}, {@code _start_date}, {@code
   *     _end_date})
   * @param workerField the column of the plan's worker, or {@code null} where the table has none
   * @param categoryField the column of the categories of abuse, or {@code null} where it has none
   */
  private void plans(
      SsdTable table,
      String prefix,
      String idPrefix,
      String personField,
      String workerField,
      String categoryField,
      Map<String, String> childOfPlan,
      String what) {
    for (Fields f : ctx.rows(table)) {
      String id = ctx.eventId(f, prefix + "_id", idPrefix);
      String child = ctx.child(f, personField);
      SsdContext.Span span = SsdContext.span(f, prefix + "_start_date", true, prefix + "_end_date");
      String worker = workerField == null ? null : ctx.worker(f, workerField);
      Map<RiskCategory, String> categories =
          categoryField == null ? Map.of() : categories(f, categoryField);
      String endId = endId(f, id, span, "end");
      Map<RiskCategory, String> riskIds = new LinkedHashMap<>();
      if (id != null) {
        categories.keySet().forEach(c -> riskIds.put(c, ctx.derivedId(f, id, c.name())));
      }
      if (!f.ok()) {
        continue;
      }
      childOfPlan.put(f.text(prefix + "_id"), child);
      ctx.decision(f.at(), id, span.start(), child, worker, what + " started");
      if (endId != null) {
        ctx.decision(f.at(), endId, span.end(), child, null, what + " ended");
      }
      for (Map.Entry<RiskCategory, String> c : categories.entrySet()) {
        ctx.risk(
            f.at(),
            riskIds.get(c.getKey()),
            span.start(),
            child,
            null,
            c.getKey(),
            what + " category: " + c.getValue());
      }
    }
  }

  /** Returns the id of the decision that ends an episode or plan, or null when it has not ended. */
  private String endId(Fields f, String id, SsdContext.Span span, String suffix) {
    return span.end() == null || id == null ? null : ctx.derivedId(f, id, suffix);
  }

  private void visits(
      SsdTable table,
      String prefix,
      String personField,
      String planField,
      Map<String, String> plans) {
    for (Fields f : ctx.rows(table)) {
      String id =
          ctx.eventId(
              f,
              prefix + "_id",
              table == SsdTable.CIN_VISITS
                  ? "cinvisit"
                  : table == SsdTable.CP_VISITS ? "cpvisit" : "clavisit");
      String child = childOf(f, personField, planField, plans);
      LocalDate date = f.date(prefix + "_date", true);
      Boolean seen = f.code(prefix + "_seen", SsdCodes.YES_NO, "yes/no", false);
      Boolean alone = f.code(prefix + "_seen_alone", SsdCodes.YES_NO, "yes/no", false);
      if (alone == null && f.text(prefix + "_seen_alone") == null && !Boolean.FALSE.equals(seen)) {
        f.refuse(
            prefix + "_seen_alone", "must not be empty when the child was seen: expected Y or N");
      }
      if (Boolean.FALSE.equals(seen) && Boolean.TRUE.equals(alone)) {
        f.refuse(prefix + "_seen_alone", "says seen alone, but the visit did not see the child");
      }
      if (!f.ok()) {
        continue;
      }
      String what =
          table == SsdTable.CIN_VISITS
              ? "Child in need"
              : table == SsdTable.CP_VISITS ? "Child protection" : "Looked-after child";
      ctx.event(
          f.at(),
          id,
          date,
          EventType.VISIT,
          child,
          null,
          null,
          null,
          Boolean.TRUE.equals(alone),
          what + " visit" + (Boolean.FALSE.equals(seen) ? ": child not seen" : ""));
    }
  }

  /** Returns the child a row names directly, or through its plan when it names none. */
  private String childOf(
      Fields f, String personField, String planField, Map<String, String> plans) {
    if (f.text(personField) != null || planField == null || f.text(planField) == null) {
      return ctx.child(f, personField);
    }
    String child = plans.get(f.text(planField));
    if (child == null) {
      f.refuse(
          planField, "names a plan that is not in the export's plans (or whose row was refused)");
    }
    return child;
  }

  private void strategyDiscussions() {
    decidedMeetings(
        SsdTable.S47_ENQUIRY,
        "s47e_s47_enquiry_id",
        "s47",
        "s47e_person_id",
        f -> SsdContext.span(f, "s47e_s47_start_date", true, "s47e_s47_end_date").start(),
        "s47e_s47_nfa",
        "s47e_s47_completed_by_worker_id",
        nfa ->
            "Strategy discussion: section 47 enquiry started"
                + (Boolean.TRUE.equals(nfa) ? "; enquiry ended with no further action" : ""));
  }

  private void conferences() {
    decidedMeetings(
        SsdTable.INITIAL_CP_CONFERENCE,
        "icpc_icpc_id",
        "icpc",
        "icpc_person_id",
        f -> f.date("icpc_icpc_date", true),
        "icpc_icpc_outcome_cp_flag",
        "icpc_icpc_worker_id",
        plan ->
            "Initial child protection conference"
                + (plan == null
                    ? ""
                    : plan ? ": child protection plan" : ": no child protection plan"));
  }

  /**
   * Maps the rows of a table of meetings that a worker held and that end in a yes/no outcome (a
   * strategy discussion's "no further action", a conference's plan): one MEETING each, whose
   * summary says the outcome.
   */
  private void decidedMeetings(
      SsdTable table,
      String idField,
      String idPrefix,
      String personField,
      Function<Fields, LocalDate> dateOf,
      String outcomeField,
      String workerField,
      Function<Boolean, String> summary) {
    for (Fields f : ctx.rows(table)) {
      String id = ctx.eventId(f, idField, idPrefix);
      String child = ctx.child(f, personField);
      LocalDate date = dateOf.apply(f);
      Boolean outcome = f.code(outcomeField, SsdCodes.YES_NO, "yes/no", false);
      String worker = ctx.worker(f, workerField);
      if (!f.ok()) {
        continue;
      }
      ctx.meeting(f.at(), id, date, child, worker, table, summary.apply(outcome));
    }
  }

  /**
   * Returns the plan's categories of abuse as risk categories, each with the words of the source:
   * one category, or {@code Multiple: A, B} (the list after the colon).
   */
  private static Map<RiskCategory, String> categories(Fields f, String field) {
    Map<RiskCategory, String> categories = new java.util.TreeMap<>();
    String text = f.text(field);
    if (text == null) {
      return categories;
    }
    String list = text.contains(":") ? text.substring(text.indexOf(':') + 1) : text;
    List<String> parts = new ArrayList<>();
    for (String part : list.split("[,;/]")) {
      if (!part.isBlank()) {
        parts.add(part.strip());
      }
    }
    if (parts.isEmpty()) {
      // "Multiple:" with no list.
      parts.add(text.substring(0, Math.max(0, text.indexOf(':'))).strip());
    }
    for (String part : parts) {
      RiskCategory c = SsdCodes.CP_CATEGORY.get(part.toUpperCase(Locale.ROOT));
      if (c == null) {
        f.refuse(
            field,
            "has a category of abuse that sgnet does not map (known: "
                + String.join(", ", new TreeSet<>(SsdCodes.CP_CATEGORY.keySet()))
                + ")");
        return Map.of();
      }
      categories.merge(c, part, (a, b) -> a + ", " + b);
    }
    return categories;
  }

  private void cpReviews() {
    for (Fields f : ctx.rows(SsdTable.CP_REVIEWS)) {
      String id = ctx.eventId(f, "cppr_cp_review_id", "cpreview");
      String child = childOf(f, "cppr_person_id", "cppr_cp_plan_id", childOfCpPlan);
      LocalDate date = f.date("cppr_cp_review_date", true);
      if (!f.ok()) {
        continue;
      }
      ctx.meeting(
          f.at(), id, date, child, null, SsdTable.CP_REVIEWS, "Review child protection conference");
    }
  }

  private void claReviews() {
    for (Fields f : ctx.rows(SsdTable.CLA_REVIEWS)) {
      String id = ctx.eventId(f, "clar_cla_review_id", "clareview");
      String child;
      if (f.text("clar_cla_person_id") != null || f.text("clar_cla_id") == null) {
        child = ctx.child(f, "clar_cla_person_id");
      } else {
        child = care.childOfPeriod(f.text("clar_cla_id"));
        if (child == null) {
          f.refuse(
              "clar_cla_id", "names a period of care that no valid row of ssd_cla_episodes names");
        }
      }
      Boolean cancelled = f.code("clar_cla_review_cancelled", SsdCodes.YES_NO, "yes/no", false);
      LocalDate date = f.date("clar_cla_review_date", !Boolean.TRUE.equals(cancelled));
      if (!f.ok() || Boolean.TRUE.equals(cancelled)) {
        // A cancelled review is no meeting.
        continue;
      }
      String participation = f.text("clar_cla_review_participation");
      ctx.meeting(
          f.at(),
          id,
          date,
          child,
          null,
          SsdTable.CLA_REVIEWS,
          "Looked-after review"
              + (participation == null ? "" : "; participation " + participation));
    }
  }
}
