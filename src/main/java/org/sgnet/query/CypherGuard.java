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
      if (upper.equals("RANGE")) {
        checkIteratedRange(statement, i);
      }
    }
    return statement;
  }

  /**
   * The most values a {@code range()} with literal bounds may give to a loop inside an expression.
   * Such loops run to their end before Neo4j looks at the timeout, so the obvious cases are refused
   * before they run; the rest are stopped at the timeout (see {@link Runaways}).
   */
  static final long MAX_ITERATED_RANGE = 10_000_000;

  /**
   * Refuses {@code x IN range(a, b[, step])} with literal bounds of more than {@link
   * #MAX_ITERATED_RANGE} values where it is the list of a list comprehension, {@code reduce} or a
   * quantifier (the variable follows {@code (}, {@code [} or {@code ,}). {@code UNWIND range(…)}
   * and membership tests ({@code WHERE x IN range(…)}) are left alone: Neo4j stops those itself.
   */
  private static void checkIteratedRange(List<Token> tokens, int at) {
    boolean iterated =
        at >= 3
            && tokens.get(at - 1).isWord()
            && tokens.get(at - 1).text().equalsIgnoreCase("IN")
            && (tokens.get(at - 2).isWord() || tokens.get(at - 2).kind() == Kind.QUOTED_NAME)
            && (tokens.get(at - 3).isSymbol('(')
                || tokens.get(at - 3).isSymbol('[')
                || tokens.get(at - 3).isSymbol(','));
    if (!iterated || at + 1 >= tokens.size() || !tokens.get(at + 1).isSymbol('(')) {
      return;
    }
    List<Long> numbers = new ArrayList<>();
    int i = at + 2;
    while (i < tokens.size() && numbers.size() < 3) {
      boolean negative = tokens.get(i).isSymbol('-');
      int n = negative ? i + 1 : i;
      Long value = n < tokens.size() ? integer(tokens.get(n)) : null;
      if (value == null) {
        return;
      }
      numbers.add(negative ? Long.valueOf(-value) : value);
      i = n + 1;
      if (i < tokens.size() && tokens.get(i).isSymbol(')')) {
        break;
      }
      if (i >= tokens.size() || !tokens.get(i).isSymbol(',')) {
        return;
      }
      i++;
    }
    if (numbers.size() < 2) {
      return;
    }
    double step = numbers.size() == 3 ? Math.abs((double) numbers.get(2)) : 1;
    double values = step == 0 ? 0 : Math.abs((double) numbers.get(1) - numbers.get(0)) / step + 1;
    if (values > MAX_ITERATED_RANGE) {
      throw refuse(
          "the query loops over range() of more than "
              + String.format(Locale.ROOT, "%,d", MAX_ITERATED_RANGE)
              + " values inside an expression, which would run past any time limit; use UNWIND"
              + " range(…) and aggregate, or a smaller range");
    }
  }

  /** A decimal integer literal, or null for anything else (hex, octal, floats: left to Neo4j). */
  private static Long integer(Token t) {
    if (t.kind() != Kind.NUMBER) {
      return null;
    }
    String digits = t.text().replace("_", "");
    if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return null;
    }
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException tooLong) {
      return Long.MAX_VALUE;
    }
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
