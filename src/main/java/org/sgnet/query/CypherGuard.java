package org.sgnet.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sgnet.SgnetException;
import org.sgnet.query.CypherTokenizer.Kind;
import org.sgnet.query.CypherTokenizer.Token;

/**
 * The first, syntactic check of a query: it must be one statement that uses no keyword of a
 * writing, schema or administration clause, no {@code LOAD CSV}, {@code USE}, {@code CALL … IN
 * TRANSACTIONS}, no {@code EXPLAIN}, {@code PROFILE} or {@code CYPHER} prefix, and call only
 * allowed procedures.
 *
 * <p>It is deliberately blunt: a refused keyword counts wherever it stands as a keyword could, so a
 * variable named {@code start} is refused too (it can be written {@code `start`}). A word is a
 * name, not a keyword, only where a keyword cannot stand: right after {@code .} or {@code :}
 * (property keys, labels, relationship types), right before {@code :} (map keys, a variable with a
 * label) or right before {@code .name} (a variable whose property is read). The second check,
 * Neo4j's own planner, decides what the statement really does.
 */
final class CypherGuard {

  /** Refused keywords, each with the reason given to the analyst. */
  private static final Map<String, String> REFUSED = refused();

  private CypherGuard() {}

  private static Map<String, String> refused() {
    String write = "writes to the store";
    String admin = "is a schema or administration command";
    Map<String, String> m = new java.util.HashMap<>();
    for (String w :
        List.of("CREATE", "MERGE", "SET", "DELETE", "DETACH", "NODETACH", "REMOVE", "INSERT")) {
      m.put(w, write);
    }
    m.put("FOREACH", "writes to the store (FOREACH)");
    for (String w :
        List.of(
            "DROP",
            "ALTER",
            "RENAME",
            "GRANT",
            "DENY",
            "REVOKE",
            "SHOW",
            "TERMINATE",
            "START",
            "STOP",
            "ENABLE",
            "DEALLOCATE",
            "REALLOCATE",
            "DRYRUN",
            "PERIODIC",
            "COMMIT")) {
      m.put(w, admin);
    }
    m.put("LOAD", "reads files or URLs (LOAD CSV)");
    m.put("USE", "chooses a database (USE)");
    m.put("TRANSACTIONS", "runs in separate transactions (IN TRANSACTIONS)");
    m.put("EXPLAIN", "asks for a plan (EXPLAIN); sgnet plans the query itself");
    m.put("PROFILE", "asks for a profile (PROFILE), which runs the query outside sgnet's limits");
    m.put("CYPHER", "sets Cypher options (CYPHER), which sgnet does not allow");
    return Map.copyOf(m);
  }

  /**
   * Checks a query and returns its tokens.
   *
   * @param allowedProcedures the fully qualified procedure names a {@code CALL} may name
   * @throws SgnetException of kind {@code INVALID_INPUT} saying why the query is refused
   */
  static List<Token> check(String query, Set<String> allowedProcedures) {
    if (query == null || query.isBlank()) {
      throw refuse("the query is empty");
    }
    List<Token> tokens = CypherTokenizer.tokenize(query);
    List<Token> statement = singleStatement(tokens);
    for (int i = 0; i < statement.size(); i++) {
      Token t = statement.get(i);
      if (!isKeyword(statement, i)) {
        continue;
      }
      String upper = t.text().toUpperCase(Locale.ROOT);
      String reason = REFUSED.get(upper);
      if (reason != null) {
        throw refuse("the query uses " + upper + ", which " + reason + backtickHint(upper));
      }
      if (upper.equals("CALL")) {
        checkCall(statement, i, allowedProcedures);
      }
    }
    return statement;
  }

  /** Returns the parameter names a query uses. */
  static Set<String> parameters(List<Token> tokens) {
    Set<String> names = new java.util.TreeSet<>();
    for (Token t : tokens) {
      if (t.kind() == Kind.PARAMETER) {
        names.add(t.text());
      }
    }
    return names;
  }

  private static String backtickHint(String keyword) {
    return switch (keyword) {
      case "START", "STOP", "SET", "SHOW", "LOAD", "USE", "COMMIT" ->
          " (a variable with that name must be written in backticks, e.g. `"
              + keyword.toLowerCase(Locale.ROOT)
              + "`)";
      default -> "";
    };
  }

  private static List<Token> singleStatement(List<Token> tokens) {
    List<Token> statement = new ArrayList<>(tokens);
    for (int i = 0; i < statement.size(); i++) {
      if (statement.get(i).isSymbol(';')) {
        if (i != statement.size() - 1) {
          throw refuse("the query holds several statements; send one at a time");
        }
        statement.remove(i);
      }
    }
    if (statement.isEmpty()) {
      throw refuse("the query is empty");
    }
    return statement;
  }

  /** Returns whether the word at i stands where a keyword can. */
  static boolean isKeyword(List<Token> tokens, int i) {
    if (!tokens.get(i).isWord()) {
      return false;
    }
    if (i > 0 && (tokens.get(i - 1).isSymbol('.') || tokens.get(i - 1).isSymbol(':'))) {
      return false;
    }
    if (i + 1 < tokens.size() && tokens.get(i + 1).isSymbol(':')) {
      return false;
    }
    // A variable whose property is read ("set.id"); no clause keyword is followed by ".name".
    return !(i + 2 < tokens.size()
        && tokens.get(i + 1).isSymbol('.')
        && (tokens.get(i + 2).isWord() || tokens.get(i + 2).kind() == Kind.QUOTED_NAME));
  }

  private static void checkCall(List<Token> tokens, int call, Set<String> allowed) {
    int i = call + 1;
    if (i < tokens.size() && (tokens.get(i).isSymbol('{') || tokens.get(i).isSymbol('('))) {
      // A subquery; its clauses are checked like the rest of the statement.
      return;
    }
    StringBuilder name = new StringBuilder();
    while (i < tokens.size()
        && (tokens.get(i).kind() == Kind.WORD || tokens.get(i).kind() == Kind.QUOTED_NAME)) {
      name.append(tokens.get(i).text());
      if (i + 1 < tokens.size() && tokens.get(i + 1).isSymbol('.')) {
        name.append('.');
        i += 2;
      } else {
        i++;
        break;
      }
    }
    String procedure = name.toString();
    if (procedure.isEmpty()) {
      throw refuse("CALL must be followed by a subquery or a procedure name");
    }
    if (!allowed.contains(procedure)) {
      throw refuse(
          "the query calls the procedure "
              + procedure
              + ", which is not allowed; allowed are "
              + String.join(", ", new java.util.TreeSet<>(allowed)));
    }
  }

  private static SgnetException refuse(String message) {
    return new SgnetException(SgnetException.Kind.INVALID_INPUT, message);
  }
}
