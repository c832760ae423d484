package org.sgnet.sources.ssda903;

import java.util.List;
import java.util.function.Predicate;

/**
 * The tables of an SSDA903 return. A CSV file is one table, known by its header: the first table
 * whose signature column the header names (in this order, since the header table and the UASC table
 * share SEX and DOB), which must then name all of the table's required columns.
 */
enum Ssda903Table {
  HEADER("ETHNIC", List.of("CHILD", "SEX", "DOB", "ETHNIC", "UPN"), true),
  EPISODES("DECOM", List.of("CHILD", "DECOM", "RNE", "LS", "PLACE", "DEC", "URN"), true),
  REVIEWS("REVIEW_CODE", List.of("CHILD", "REVIEW", "REVIEW_CODE"), true),
  MISSING("MIS_START", List.of("CHILD", "MISSING", "MIS_START"), true),
  SW_EPISODES("SW_ID", List.of("CHILD", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"), true),
  OC2("SUBSTANCE_MISUSE", List.of("CHILD", "CONVICTED", "SUBSTANCE_MISUSE"), true),
  DOLO("DOLO_START", List.of("CHILD", "DOLO_START"), true),
  UASC("DUC", List.of("CHILD", "DUC"), false),
  OC3("IN_TOUCH", List.of("CHILD", "IN_TOUCH", "ACTIV", "ACCOM"), false),
  AD1("DATE_INT", List.of("CHILD", "DATE_INT", "DATE_MATCH"), false),
  PLACED_FOR_ADOPTION("DATE_PLACED", List.of("CHILD", "DATE_PLACED"), false),
  PREVIOUS_PERMANENCE("PREV_PERM", List.of("CHILD", "PREV_PERM"), false);

  private final String signature;
  private final List<String> required;
  private final boolean imported;

  Ssda903Table(String signature, List<String> required, boolean imported) {
    this.signature = signature;
    this.required = required;
    this.imported = imported;
  }

  /** Returns the column whose presence makes a CSV header this table's. */
  String signature() {
    return signature;
  }

  /** Returns the columns a CSV file of this table must have. */
  List<String> required() {
    return required;
  }

  /** Returns whether the table's records become part of the network (else only counted). */
  boolean imported() {
    return imported;
  }

  /** Returns the table of a CSV header that names these columns, or {@code null}. */
  static Ssda903Table ofHeader(Predicate<String> has) {
    for (Ssda903Table t : values()) {
      if (has.test(t.signature)) {
        return t;
      }
    }
    return null;
  }
}
