package org.sgnet.sources.ssd;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The SSD tables that sgnet imports, each recognised by its key column, with the columns a file of
 * the table must have. A column written {@code a|b} may be either: deployed SSD extracts and the
 * published object model name a few fields differently ({@link #ALIASES}).
 */
enum SsdTable {
  PERSON("ssd_person", "pers_person_id"),
  DEPARTMENT("ssd_department", "dept_team_id", "dept_team_name"),
  PROFESSIONALS("ssd_professionals", "prof_professional_id"),
  FAMILY("ssd_family", "fami_family_id", "fami_person_id"),
  LINKED_IDENTIFIERS(
      "ssd_linked_identifiers", "link_identifier_type", "link_person_id", "link_identifier_value"),
  INVOLVEMENTS(
      "ssd_involvements", "invo_professional_id", "invo_person_id", "invo_involvement_start_date"),
  CONTACTS("ssd_contacts", "cont_contact_id", "cont_person_id", "cont_contact_date"),
  CIN_EPISODES("ssd_cin_episodes", "cine_referral_id", "cine_person_id", "cine_referral_date"),
  CIN_ASSESSMENTS(
      "ssd_cin_assessments", "cina_assessment_id", "cina_person_id", "cina_assessment_start_date"),
  ASSESSMENT_FACTORS(
      "ssd_assessment_factors", "cinf_assessment_id", "cinf_assessment_factors_json"),
  CIN_PLANS("ssd_cin_plans", "cinp_cin_plan_id", "cinp_person_id", "cinp_cin_plan_start_date"),
  CIN_VISITS(
      "ssd_cin_visits",
      "cinv_cin_visit_id",
      "cinv_person_id|cinv_cin_plan_id",
      "cinv_cin_visit_date",
      "cinv_cin_visit_seen_alone"),
  S47_ENQUIRY("ssd_s47_enquiry", "s47e_s47_enquiry_id", "s47e_person_id", "s47e_s47_start_date"),
  INITIAL_CP_CONFERENCE(
      "ssd_initial_cp_conference", "icpc_icpc_id", "icpc_person_id", "icpc_icpc_date"),
  CP_PLANS("ssd_cp_plans", "cppl_cp_plan_id", "cppl_person_id", "cppl_cp_plan_start_date"),
  CP_REVIEWS(
      "ssd_cp_reviews",
      "cppr_cp_review_id",
      "cppr_person_id|cppr_cp_plan_id",
      "cppr_cp_review_date"),
  CP_VISITS(
      "ssd_cp_visits",
      "cppv_cp_visit_id",
      "cppv_person_id|cppv_cp_plan_id",
      "cppv_cp_visit_date",
      "cppv_cp_visit_seen_alone"),
  LEGAL_STATUS(
      "ssd_legal_status",
      "lega_legal_status_id",
      "lega_person_id",
      "lega_legal_status",
      "lega_legal_status_start_date"),
  CLA_PLACEMENT("ssd_cla_placement", "clap_cla_placement_id", "clap_cla_placement_type"),
  CLA_EPISODES(
      "ssd_cla_episodes", "clae_cla_episode_id", "clae_person_id", "clae_cla_episode_start_date"),
  CLA_REVIEWS(
      "ssd_cla_reviews",
      "clar_cla_review_id",
      "clar_cla_person_id|clar_cla_id",
      "clar_cla_review_date"),
  CLA_VISITS(
      "ssd_cla_visits",
      "clav_cla_visit_id",
      "clav_person_id",
      "clav_cla_visit_date",
      "clav_cla_visit_seen_alone"),
  MISSING(
      "ssd_missing",
      "miss_table_id",
      "miss_person_id|miss_la_person_id",
      "miss_missing_episode_start_date|miss_mis_epi_start");

  /**
   * Other names of a field, in the order tried after the field's own: the published object model
   * (data/objects/*.yml) and the deployed extracts (the DDL) differ for these.
   */
  static final Map<String, List<String>> ALIASES =
      Map.of(
          "miss_person_id", List.of("miss_la_person_id"),
          "miss_missing_episode_start_date", List.of("miss_mis_epi_start"),
          "miss_missing_episode_end_date", List.of("miss_mis_epi_end"),
          "miss_missing_episode_type", List.of("miss_mis_epi_type"),
          "clae_cla_episode_ceased_date", List.of("clae_cla_episode_ceased"),
          "pers_single_unique_id", List.of("pers_common_child_id"));

  /**
   * SSD tables that sgnet reads no facts from, by the prefix of their columns, with the table's
   * name: a folder holding a whole SSD export is read without error (see docs/sources/ssd.md for
   * why each is left out).
   */
  static final Map<String, String> NOT_IMPORTED =
      Map.ofEntries(
          Map.entry("addr_", "ssd_address"),
          Map.entry("disa_", "ssd_disability"),
          Map.entry("immi_", "ssd_immigration_status"),
          Map.entry("moth_", "ssd_mother"),
          Map.entry("clea_", "ssd_care_leavers"),
          Map.entry("lacp_", "ssd_cla_care_plan"),
          Map.entry("clac_", "ssd_cla_convictions"),
          Map.entry("clah_", "ssd_cla_health"),
          Map.entry("clai_", "ssd_cla_immunisations"),
          Map.entry("clas_", "ssd_cla_substance_misuse"),
          Map.entry("lapp_", "ssd_cla_previous_permanence"),
          Map.entry("perm_", "ssd_permanence"),
          Map.entry("csdq_", "ssd_sdq_scores"),
          Map.entry("earl_", "ssd_early_help_episodes"),
          Map.entry("prep_", "ssd_pre_proceedings"),
          Map.entry("send_", "ssd_send"),
          Map.entry("senn_", "ssd_sen_need"),
          Map.entry("ehcp_", "ssd_ehcp_active_plans"),
          Map.entry("ehca_", "ssd_ehcp_assessment"),
          Map.entry("ehcn_", "ssd_ehcp_named_plan"),
          Map.entry("ehcr_", "ssd_ehcp_requests"),
          Map.entry("s251_", "ssd_s251_finance"),
          Map.entry("voch_", "ssd_voice_of_child"));

  private final String tableName;
  private final String key;
  private final List<String> required;

  SsdTable(String tableName, String key, String... required) {
    this.tableName = tableName;
    this.key = key;
    this.required = Arrays.asList(required);
  }

  /** Returns the table's SSD name, such as {@code ssd_person}. */
  String tableName() {
    return tableName;
  }

  /** Returns the column whose presence in a header says the file is of this table. */
  String key() {
    return key;
  }

  /** Returns the other columns a file of the table needs; {@code a|b} is either. */
  List<String> required() {
    return required;
  }
}
