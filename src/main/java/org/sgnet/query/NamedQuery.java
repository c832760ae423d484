package org.sgnet.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sgnet.SgnetException;

/**
 * One query file of {@code cypher/queries}: its header (see {@code cypher/queries/README.md}) and
 * its statement.
 */
final class NamedQuery {

  private static final Pattern KEY_LINE = Pattern.compile("([a-z][a-z-]*):(.*)");
  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern PARAM_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  /** A declared parameter with its type and default as written ("-" when required). */
  record Param(String name, ParamType type, String defaultText, String description) {

    boolean required() {
      return defaultText.equals("-");
    }

    QueryParam info() {
      return new QueryParam(
          name, type.keyword(), required(), required() ? null : defaultText, description);
    }
  }

  private final String name;
  private final String description;
  private final List<Param> params;
  private final String statement;

  private NamedQuery(String name, String description, List<Param> params, String statement) {
    this.name = name;
    this.description = description;
    this.params = List.copyOf(params);
    this.statement = statement;
  }

  String name() {
    return name;
  }

  String statement() {
    return statement;
  }

  List<Param> params() {
    return params;
  }

  QueryInfo info() {
    return new QueryInfo(name, description, params.stream().map(Param::info).toList());
  }

  /**
   * Parses a query file.
   *
   * @param fileName the file's name, e.g. {@code shared-professionals.cypher}
   * @throws SgnetException of kind {@code FAILURE} naming the file (and line) when the header or
   *     the statement is not valid
   */
  static NamedQuery parse(String fileName, String text) {
    Parser parser = new Parser(fileName);
    return parser.parse(text);
  }

  /**
   * Returns the values the statement receives: the given ones converted to their types, and the
   * defaults of the rest.
   *
   * @param today the date a {@code today} default stands for
   * @throws SgnetException of kind {@code INVALID_INPUT} naming the parameter that is unknown,
   *     missing or of the wrong type
   */
  Map<String, Object> bind(Map<String, Object> given, LocalDate today) {
    Map<String, Object> values = new HashMap<>();
    Set<String> declared = new LinkedHashSet<>();
    params.forEach(p -> declared.add(p.name()));
    if (given != null) {
      for (String key : new TreeSet<>(given.keySet())) {
        if (!declared.contains(key)) {
          throw new SgnetException(
              SgnetException.Kind.INVALID_INPUT,
              "unknown parameter "
                  + shorten(key)
                  + " for query "
                  + name
                  + (declared.isEmpty()
                      ? ", which takes none"
                      : "; it takes " + String.join(", ", declared)));
        }
      }
    }
    for (Param p : params) {
      Object value = given == null ? null : given.get(p.name());
      if (value != null) {
        values.put(p.name(), p.type().convert(p.name(), value));
      } else if (p.required()) {
        throw new SgnetException(
            SgnetException.Kind.INVALID_INPUT,
            "parameter " + p.name() + " (" + p.type().keyword() + ") is required");
      } else {
        values.put(
            p.name(),
            p.defaultText().equals("null") ? null : p.type().parseDefault(p.defaultText(), today));
      }
    }
    return values;
  }

  private static String shorten(String key) {
    return key.length() > 60 ? key.substring(0, 60) + "…" : key;
  }

  private static final class Parser {
    private final String file;
    private String name;
    private String description;
    private final List<Param> params = new ArrayList<>();

    Parser(String fileName) {
      this.file = "cypher/queries/" + fileName;
    }

    NamedQuery parse(String text) {
      String[] lines = text.split("\r?\n", -1);
      int line = 0;
      while (line < lines.length && lines[line].strip().startsWith("//")) {
        header(line + 1, lines[line].strip().substring(2).strip());
        line++;
      }
      if (name == null) {
        throw fail(0, "the header has no 'name:' line");
      }
      String expected = file.substring("cypher/queries/".length()).replaceFirst("\\.cypher$", "");
      if (!name.equals(expected)) {
        throw fail(0, "the header names the query '" + name + "', but the file is " + expected);
      }
      if (description == null) {
        throw fail(0, "the header has no 'description:' line");
      }
      Set<String> used;
      try {
        used = CypherGuard.parameters(CypherGuard.check(text, Set.of()));
      } catch (SgnetException e) {
        throw fail(0, "the statement is not a single read-only statement: " + e.getMessage());
      }
      Set<String> declared = new TreeSet<>();
      params.forEach(p -> declared.add(p.name()));
      for (String p : used) {
        if (!declared.contains(p)) {
          throw fail(0, "the statement uses $" + p + ", which the header does not declare");
        }
      }
      for (String p : declared) {
        if (!used.contains(p)) {
          throw fail(0, "the header declares " + p + ", which the statement never uses");
        }
      }
      return new NamedQuery(name, description, params, text);
    }

    private void header(int line, String content) {
      Matcher key = KEY_LINE.matcher(content);
      if (!key.matches()) {
        return; // A free comment: why the query is written as it is.
      }
      String value = key.group(2).strip();
      switch (key.group(1)) {
        case "name" -> {
          if (name != null) {
            throw fail(line, "a second 'name:' line");
          }
          if (!NAME.matcher(value).matches()) {
            throw fail(line, "the name must be lowercase words joined by '-'");
          }
          name = value;
        }
        case "description" -> {
          if (description != null) {
            throw fail(line, "a second 'description:' line");
          }
          if (value.isEmpty()) {
            throw fail(line, "the description is empty");
          }
          description = value;
        }
        case "param" -> params.add(param(line, value));
        default -> throw fail(line, "unknown header key '" + key.group(1) + "'");
      }
    }

    private Param param(int line, String value) {
      String[] parts = value.split("\\s+", 4);
      if (parts.length < 4 || parts[3].isBlank()) {
        throw fail(line, "a parameter needs NAME TYPE DEFAULT DESCRIPTION");
      }
      String paramName = parts[0];
      if (!PARAM_NAME.matcher(paramName).matches()) {
        throw fail(line, "'" + paramName + "' is not a parameter name");
      }
      if (params.stream().anyMatch(p -> p.name().equals(paramName))) {
        throw fail(line, "parameter " + paramName + " is declared twice");
      }
      ParamType type =
          ParamType.of(parts[1])
              .orElseThrow(
                  () ->
                      fail(
                          line,
                          "unknown type '"
                              + parts[1]
                              + "'; use string, integer, date, boolean or string-list"));
      String defaultText = parts[2];
      if (!defaultText.equals("-") && !defaultText.equals("null")) {
        try {
          type.parseDefault(defaultText, LocalDate.EPOCH);
        } catch (IllegalArgumentException e) {
          throw fail(line, "the default of " + paramName + ": " + e.getMessage());
        }
      }
      return new Param(paramName, type, defaultText, parts[3].strip());
    }

    private SgnetException fail(int line, String message) {
      return new SgnetException(
          SgnetException.Kind.FAILURE, file + (line > 0 ? ":" + line : "") + ": " + message);
    }
  }
}
