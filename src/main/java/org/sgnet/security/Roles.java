package org.sgnet.security;

/**
 * Who may call what, as role lists for {@code @Secured}. The matrix is in the README; a
 * table-driven test checks every endpoint against it.
 */
public final class Roles {

  /** Networks, findings, timelines, children and agencies: every role. */
  public static final String[] NETWORK = {"ADMIN", "ANALYST", "REVIEWER", "TOOL"};

  /** Person records and searches over them: not reviewers. */
  public static final String[] RECORDS = {"ADMIN", "ANALYST", "TOOL"};

  /** Analyst Cypher, named queries and identifiable exports. */
  public static final String[] ANALYST = {"ANALYST"};

  /** Import, corrections and users. */
  public static final String[] ADMIN = {"ADMIN"};

  /** Pseudonymised exports: every role. */
  public static final String[] PSEUDONYMISED = NETWORK;

  private Roles() {}
}
