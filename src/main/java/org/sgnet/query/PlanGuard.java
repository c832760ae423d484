package org.sgnet.query;

import java.util.List;
import java.util.Set;
import org.neo4j.driver.Value;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;
import org.sgnet.SgnetException;

/**
 * The second check of a query: what Neo4j's planner says it does. The query type must be read-only
 * and no operator of the plan may write, load files, run in separate transactions, run a schema or
 * system command, or call a procedure outside the allow-list.
 */
final class PlanGuard {

  /** Operator name prefixes of writing, schema, administration and system operators. */
  private static final List<String> REFUSED_PREFIXES =
      List.of(
          "Create",
          "Merge",
          "Delete",
          "DetachDelete",
          "Set",
          "Remove",
          "Foreach",
          "Transaction",
          "LoadCSV",
          "Drop",
          "Show",
          "Terminate",
          "Alter",
          "Rename",
          "Grant",
          "Deny",
          "Revoke",
          "Start",
          "Stop",
          "Enable",
          "Deallocate",
          "Reallocate",
          "Lock",
          "AssertSame",
          "DoNothingIf",
          "Administration",
          "System",
          "Log",
          "Ensure",
          "Insert");

  private PlanGuard() {}

  /**
   * Checks the summary of {@code EXPLAIN query}.
   *
   * @throws SgnetException of kind {@code INVALID_INPUT} when the plan is not read-only
   */
  static void check(ResultSummary summary, Set<String> allowedProcedures) {
    if (summary.queryType() != QueryType.READ_ONLY) {
      throw refuse("Neo4j plans the query as " + summary.queryType() + ", not as read-only");
    }
    if (!summary.hasPlan()) {
      throw refuse("Neo4j gave no plan for the query");
    }
    walk(summary.plan(), allowedProcedures);
  }

  private static void walk(Plan plan, Set<String> allowed) {
    String full = plan.operatorType();
    int at = full.indexOf('@');
    String operator = at < 0 ? full : full.substring(0, at);
    if (full.endsWith("@system")) {
      throw refuse("the query runs a system command (" + operator + ")");
    }
    if (operator.equals("ProcedureCall")) {
      String procedure = procedureName(plan);
      if (!allowed.contains(procedure)) {
        throw refuse("the query calls the procedure " + procedure + ", which is not allowed");
      }
    } else if (refused(operator)) {
      throw refuse("the query plan holds the operator " + operator + ", which is not read-only");
    }
    for (Plan child : plan.children()) {
      walk(child, allowed);
    }
  }

  static boolean refused(String operator) {
    for (String prefix : REFUSED_PREFIXES) {
      if (operator.startsWith(prefix)) {
        return true;
      }
    }
    // Index and constraint commands; index seeks and scans are ordinary reads.
    boolean schema = operator.contains("Index") || operator.contains("Constraint");
    return schema && !(operator.contains("Seek") || operator.contains("Scan"));
  }

  /** Reads the procedure's name from the operator's details, e.g. "db.labels() :: (…)". */
  private static String procedureName(Plan plan) {
    Value details = plan.arguments().get("Details");
    if (details == null || details.isNull()) {
      throw refuse("the query calls a procedure Neo4j does not name");
    }
    String text = details.asString();
    int paren = text.indexOf('(');
    return (paren < 0 ? text : text.substring(0, paren)).strip();
  }

  private static SgnetException refuse(String message) {
    return new SgnetException(SgnetException.Kind.INVALID_INPUT, message);
  }
}
