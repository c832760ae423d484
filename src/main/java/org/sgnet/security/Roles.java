package org.sgnet.security;

/**
 * Role names for {@code @Secured}, one constant per {@link org.sgnet.users.Role}. Who may call what
 * is in the README's access table; a table-driven test checks every endpoint against it.
 */
public final class Roles {

  /** Imports, corrections, users. */
  public static final String ADMIN = "ADMIN";

  /** All reads, analyst Cypher, named queries, identifiable exports and reports. */
  public static final String ANALYST = "ANALYST";

  /** Networks, findings, timelines, pseudonymised exports and reports. */
  public static final String REVIEWER = "REVIEWER";

  /** Other programs: the read API, pseudonymised exports and reports. */
  public static final String TOOL = "TOOL";

  private Roles() {}
}
