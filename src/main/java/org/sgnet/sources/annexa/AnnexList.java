package org.sgnet.sources.annexa;

import static org.sgnet.sources.annexa.Col.AD_ADOPTION_ORDER;
import static org.sgnet.sources.annexa.Col.AD_DECISION;
import static org.sgnet.sources.annexa.Col.AD_ENTERED_CARE;
import static org.sgnet.sources.annexa.Col.AD_FAMILY;
import static org.sgnet.sources.annexa.Col.AD_MATCHED;
import static org.sgnet.sources.annexa.Col.AD_NO_LONGER_DATE;
import static org.sgnet.sources.annexa.Col.AD_NO_LONGER_REASON;
import static org.sgnet.sources.annexa.Col.AD_PLACED;
import static org.sgnet.sources.annexa.Col.AD_PLACEMENT_ORDER;
import static org.sgnet.sources.annexa.Col.CA_AUTHORISED;
import static org.sgnet.sources.annexa.Col.CA_START;
import static org.sgnet.sources.annexa.Col.CHILD_ID;
import static org.sgnet.sources.annexa.Col.CIN_CLOSED;
import static org.sgnet.sources.annexa.Col.CIN_CLOSURE_REASON;
import static org.sgnet.sources.annexa.Col.CIN_START;
import static org.sgnet.sources.annexa.Col.CL_PATHWAY_REVIEW;
import static org.sgnet.sources.annexa.Col.CL_PERSONAL_ADVISER;
import static org.sgnet.sources.annexa.Col.CONTACT_DATE;
import static org.sgnet.sources.annexa.Col.CONTACT_SOURCE;
import static org.sgnet.sources.annexa.Col.CPP_END;
import static org.sgnet.sources.annexa.Col.CPP_INITIAL_CATEGORY;
import static org.sgnet.sources.annexa.Col.CPP_LAST_VISIT;
import static org.sgnet.sources.annexa.Col.CPP_LATEST_CATEGORY;
import static org.sgnet.sources.annexa.Col.CPP_REVIEW;
import static org.sgnet.sources.annexa.Col.CPP_SEEN_ALONE;
import static org.sgnet.sources.annexa.Col.CPP_START;
import static org.sgnet.sources.annexa.Col.DOB;
import static org.sgnet.sources.annexa.Col.EH_COMPLETED;
import static org.sgnet.sources.annexa.Col.EH_ORGANISATION;
import static org.sgnet.sources.annexa.Col.EH_START;
import static org.sgnet.sources.annexa.Col.ETHNICITY;
import static org.sgnet.sources.annexa.Col.ICPC_DATE;
import static org.sgnet.sources.annexa.Col.ICPC_PLAN;
import static org.sgnet.sources.annexa.Col.LAC_CEASED;
import static org.sgnet.sources.annexa.Col.LAC_CEASED_REASON;
import static org.sgnet.sources.annexa.Col.LAC_REVIEW;
import static org.sgnet.sources.annexa.Col.LAC_START;
import static org.sgnet.sources.annexa.Col.LEGAL_STATUS;
import static org.sgnet.sources.annexa.Col.LEGAL_STATUS_START;
import static org.sgnet.sources.annexa.Col.PLACEMENT_START;
import static org.sgnet.sources.annexa.Col.PLACEMENT_TYPE;
import static org.sgnet.sources.annexa.Col.PLACEMENT_URN;
import static org.sgnet.sources.annexa.Col.PRIMARY_NEED;
import static org.sgnet.sources.annexa.Col.REFERRAL_DATE;
import static org.sgnet.sources.annexa.Col.REFERRAL_NFA;
import static org.sgnet.sources.annexa.Col.REFERRAL_SOURCE;
import static org.sgnet.sources.annexa.Col.S47_START;
import static org.sgnet.sources.annexa.Col.TEAM;
import static org.sgnet.sources.annexa.Col.WORKER;

import java.util.ArrayList;
import java.util.List;

/**
 * The lists of the Ofsted Annex A workbook. A sheet is recognised by its header row (any of the
 * list's signature phrases in a column title), not by the sheet's name, which authorities change.
 * The lists are tried in the order declared here: later lists' titles contain earlier lists'
 * phrases (List 9 has a "Latest Date of Contact", List 4 an "Assessment Start Date").
 */
enum AnnexList {
  ADOPTERS(11, "adopters", List.of("adopter identifier"), List.of(), List.of()),
  ADOPTION(
      10,
      "adoption",
      List.of("placed for adoption"),
      child(
          AD_FAMILY,
          AD_ENTERED_CARE,
          AD_NO_LONGER_DATE,
          AD_NO_LONGER_REASON,
          AD_DECISION,
          AD_PLACEMENT_ORDER,
          AD_MATCHED,
          AD_PLACED,
          AD_ADOPTION_ORDER),
      List.of(CHILD_ID)),
  CARE_LEAVERS(
      9,
      "care leavers",
      List.of("eligibility category", "la in touch"),
      allocated(CL_PERSONAL_ADVISER, CL_PATHWAY_REVIEW),
      List.of(CHILD_ID)),
  LOOKED_AFTER(
      8,
      "children looked after",
      List.of("started to be looked after"),
      allocated(
          LAC_START,
          LEGAL_STATUS_START,
          LEGAL_STATUS,
          LAC_REVIEW,
          LAC_CEASED,
          LAC_CEASED_REASON,
          PLACEMENT_START,
          PLACEMENT_TYPE,
          PLACEMENT_URN),
      List.of(CHILD_ID, LAC_START, LEGAL_STATUS, PLACEMENT_TYPE)),
  CHILD_PROTECTION(
      7,
      "child protection",
      List.of("child protection plan start date"),
      allocated(
          CPP_START,
          CPP_INITIAL_CATEGORY,
          CPP_LATEST_CATEGORY,
          CPP_LAST_VISIT,
          CPP_SEEN_ALONE,
          CPP_REVIEW,
          CPP_END),
      List.of(CHILD_ID, CPP_START)),
  CHILDREN_IN_NEED(
      6,
      "children in need",
      List.of("cin start date", "primary need"),
      allocated(CIN_START, PRIMARY_NEED, CIN_CLOSED, CIN_CLOSURE_REASON),
      List.of(CHILD_ID)),
  SECTION_47(
      5,
      "section 47 enquiries",
      List.of("section 47"),
      allocated(S47_START, ICPC_DATE, ICPC_PLAN),
      List.of(CHILD_ID, S47_START)),
  ASSESSMENTS(
      4,
      "assessments",
      List.of("continuous assessment"),
      allocated(CA_START, CA_AUTHORISED),
      List.of(CHILD_ID, CA_START)),
  REFERRALS(
      3,
      "referrals",
      List.of("date of referral", "referral source"),
      allocated(REFERRAL_DATE, REFERRAL_SOURCE, REFERRAL_NFA),
      List.of(CHILD_ID, REFERRAL_DATE)),
  EARLY_HELP(
      2,
      "early help",
      List.of("organisation completing assessment", "assessment start date"),
      child(EH_START, EH_COMPLETED, EH_ORGANISATION),
      List.of(CHILD_ID, EH_START)),
  CONTACTS(
      1,
      "contacts",
      List.of("date of contact", "contact source"),
      child(CONTACT_DATE, CONTACT_SOURCE),
      List.of(CHILD_ID, CONTACT_DATE));

  private final int number;
  private final String subject;
  private final List<String> signature;
  private final List<Col> columns;
  private final List<Col> required;

  AnnexList(
      int number, String subject, List<String> signature, List<Col> columns, List<Col> required) {
    this.number = number;
    this.subject = subject;
    this.signature = signature;
    this.columns = columns;
    this.required = required;
  }

  /** Returns the columns of a list of children: the child's own three, then the list's. */
  private static List<Col> child(Col... columns) {
    List<Col> all = new ArrayList<>(List.of(CHILD_ID, DOB, ETHNICITY));
    all.addAll(List.of(columns));
    return List.copyOf(all);
  }

  /**
   * Returns the columns of a list of children allocated to a worker: the child's, their team and
   * worker, then the list's.
   */
  private static List<Col> allocated(Col... columns) {
    List<Col> all = new ArrayList<>(List.of(TEAM, WORKER));
    all.addAll(List.of(columns));
    return child(all.toArray(Col[]::new));
  }

  /** Returns the list's number in the Ofsted template (List 1 to List 11). */
  int number() {
    return number;
  }

  /** Returns what the list is about, for messages and the documentation. */
  String subject() {
    return subject;
  }

  /** Returns the columns read, in the order they are looked for in the header. */
  List<Col> columns() {
    return columns;
  }

  /** Returns the columns without which the sheet's rows are not read. */
  List<Col> required() {
    return required;
  }

  /** Returns the list whose signature one of the folded headers holds, or {@code null}. */
  static AnnexList recognise(List<String> foldedHeaders) {
    for (AnnexList list : values()) {
      for (String phrase : list.signature) {
        for (String header : foldedHeaders) {
          if ((" " + header + " ").contains(" " + phrase + " ")) {
            return list;
          }
        }
      }
    }
    return null;
  }
}
