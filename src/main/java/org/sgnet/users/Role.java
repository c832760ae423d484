package org.sgnet.users;

import java.util.Locale;
import org.sgnet.SgnetException;

/** What a user may do. */
public enum Role {
  /** Imports bundles, corrects records, manages users. */
  ADMIN,
  /** Reads everything, runs analyst Cypher and named queries, exports identifiable data. */
  ANALYST,
  /** Sees networks, findings and timelines, and pseudonymised exports only. */
  REVIEWER,
  /** Another program: reads the API and exports pseudonymised data. */
  TOOL;

  /** Parses a role name in any case. */
  public static Role parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT,
          "unknown role '" + text + "': expected ADMIN, ANALYST, REVIEWER or TOOL");
    }
  }
}
