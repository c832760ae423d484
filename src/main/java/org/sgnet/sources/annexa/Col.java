package org.sgnet.sources.annexa;

import java.util.List;

/**
 * A column of an Annex A list: its title as the Ofsted template writes it, whether it holds a code
 * (such as {@code a) WBRI} or {@code C2: FCO}), and the words that find it in a sheet's header.
 *
 * <p>Real workbooks retitle columns (shorter, longer, other case, stray punctuation), so a header
 * is matched by key phrases, each a run of whole words of the header folded by {@link
 * org.sgnet.sources.SourceIds#normalise}, never by the exact title.
 */
enum Col {
  CHILD_ID("Child Unique ID", false, "child", "id"),
  DOB("Date of Birth", false, "date of birth"),
  ETHNICITY("Ethnicity", true, "ethnicity"),
  TEAM("Allocated Team", false, "allocated team"),
  WORKER("Allocated Worker", false, "allocated worker"),
  CONTACT_DATE("Date of Contact", false, "date of contact"),
  CONTACT_SOURCE("Contact Source", true, "contact source"),
  EH_START("Assessment start date", false, "assessment start date"),
  EH_COMPLETED("Assessment completion date", false, "completion date"),
  EH_ORGANISATION("Organisation completing assessment", false, "organisation"),
  REFERRAL_DATE("Date of Referral", false, "date of referral"),
  REFERRAL_SOURCE("Referral Source", true, "referral source"),
  REFERRAL_NFA("Referral NFA?", true, "nfa"),
  CA_START("Continuous Assessment Start Date", false, "assessment start date"),
  CA_AUTHORISED("Continuous Assessment Date of Authorisation", false, "authorisation"),
  S47_START(
      "Strategy discussion initiating Section 47 Enquiry Start Date",
      false,
      "section 47",
      "start date"),
  ICPC_DATE(
      "Date of Initial Child Protection Conference",
      false,
      "date",
      "initial child protection conference"),
  ICPC_PLAN(
      "Did the Initial Child Protection Conference Result in a Child Protection Plan",
      true,
      "result",
      "child protection plan"),
  CIN_START("CIN Start Date", false, "cin start date"),
  PRIMARY_NEED("Primary Need Code", true, "primary need"),
  CIN_CLOSED("CIN Closure Date", false, "closure date"),
  CIN_CLOSURE_REASON("Reason for Closure", true, "reason for closure"),
  CPP_START("Child Protection Plan Start Date", false, "plan start date"),
  CPP_INITIAL_CATEGORY("Initial Category of Abuse", true, "initial category"),
  CPP_LATEST_CATEGORY("Latest Category of Abuse", true, "latest category"),
  CPP_LAST_VISIT("Date of the Last Statutory Visit", false, "statutory visit"),
  CPP_SEEN_ALONE("Was the Child Seen Alone?", true, "seen alone"),
  CPP_REVIEW("Date of latest review conference", false, "review conference"),
  CPP_END("Child Protection Plan End Date", false, "plan end date"),
  LAC_START("Date Started to be Looked After", false, "started to be looked after"),
  LEGAL_STATUS_START("Start date of current legal status", false, "start date", "legal status"),
  LEGAL_STATUS("Child's Legal Status", true, "legal status"),
  LAC_REVIEW("Date of Latest Statutory Review", false, "statutory review"),
  LAC_CEASED("Date Ceased to be Looked After", false, "date ceased"),
  LAC_CEASED_REASON("Reason Ceased to be Looked After", true, "reason ceased"),
  PLACEMENT_START("Start Date of Most Recent Placement", false, "start date", "placement"),
  PLACEMENT_TYPE("Placement Type", true, "placement type"),
  PLACEMENT_URN("URN of Placement", false, "urn"),
  CL_PERSONAL_ADVISER("Allocated Personal Advisor", false, "allocated personal"),
  CL_PATHWAY_REVIEW("Latest Pathway Plan Review Date", false, "pathway plan review"),
  AD_FAMILY("Family identifier", false, "family identifier"),
  AD_ENTERED_CARE("Date the Child Entered Care", false, "entered care"),
  // The two "no longer" columns come before AD_DECISION, whose phrases they also contain.
  AD_NO_LONGER_DATE(
      "Date of Decision that Child Should No Longer be Placed for Adoption",
      false,
      "date",
      "no longer"),
  AD_NO_LONGER_REASON(
      "Reason Why Child No Longer Placed for Adoption", true, "reason", "no longer"),
  AD_DECISION(
      "Date of Decision that Child Should be Placed for Adoption",
      false,
      "decision",
      "placed for adoption"),
  AD_PLACEMENT_ORDER("Date of Placement Order", false, "placement order"),
  AD_MATCHED("Date of Matching Child and Prospective Adopters", false, "matching"),
  AD_PLACED("Date Placed for Adoption", false, "date placed for adoption"),
  AD_ADOPTION_ORDER("Date of Adoption Order", false, "adoption order");

  private final String title;
  private final boolean coded;
  private final List<String> phrases;

  Col(String title, boolean coded, String... phrases) {
    this.title = title;
    this.coded = coded;
    this.phrases = List.of(phrases);
  }

  /** Returns the title as the Ofsted template writes it, for messages. */
  String title() {
    return title;
  }

  /** Returns whether the column holds a code, read with {@link AnnexACodes#key}. */
  boolean coded() {
    return coded;
  }

  /** Returns whether a header (folded) names this column: it holds every phrase as whole words. */
  boolean matches(String foldedHeader) {
    String padded = " " + foldedHeader + " ";
    return phrases.stream().allMatch(p -> padded.contains(" " + p + " "));
  }
}
