package org.sgnet.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sgnet.SgnetException;

/**
 * A Cypher file packaged under {@code cypher/} in the jar. Statements are never assembled from
 * strings: every value reaches Neo4j as a {@code $parameter}.
 *
 * <p>A file may include a fragment of {@code cypher/fragments/} (a definition several statements
 * share, such as who is involved with a child) with a comment {@code // include fragments/NAME},
 * alone on its line or after Cypher text on it. The comment is replaced by the fragment's Cypher
 * (its comment lines left out): the first line continues the including line, the others take its
 * indentation. {@code // include fragments/NAME(s AS t)} passes the including statement's variable
 * {@code s} as the fragment's input {@code t}. Fragments may include fragments. The text is
 * expanded once, when the file is first loaded, and cached with its statements, so a statement
 * costs the same whether it includes fragments or not. See {@code docs/cypher-fragments.md}.
 */
public final class CypherFile {

  private static final Map<String, CypherFile> CACHE = new ConcurrentHashMap<>();

  /** A comment that starts with {@code include fragments/}, and the text before it. */
  private static final Pattern INCLUDE = Pattern.compile("(.*?)//\\s*include\\s+(fragments/.*)");

  private static final Pattern DIRECTIVE =
      Pattern.compile("(fragments/[a-z0-9]+(?:-[a-z0-9]+)*)\\s*(?:\\((.*)\\))?\\s*");

  private static final Pattern RENAME =
      Pattern.compile("\\s*([A-Za-z_]\\w*)\\s+(?i:AS)\\s+([A-Za-z_]\\w*)\\s*");

  /** A fragment's header line naming one of its inputs or outputs. */
  private static final Pattern HEADER = Pattern.compile("//\\s*(in|out):\\s*(\\$?[A-Za-z_]\\w*).*");

  /**
   * String literals and quoted names (kept as they are), or a name not preceded by {@code .} or
   * {@code $} (a variable or a keyword, not a property key or a parameter).
   */
  private static final Pattern TOKEN =
      Pattern.compile(
          "'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"|`[^`]*`|(?<![.$\\w])([A-Za-z_]\\w*)");

  private static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z_]\\w*)");

  private final String name;
  private final String text;
  private final List<String> statements;

  private CypherFile(String name, String text) {
    this.name = name;
    this.text = text;
    this.statements = List.copyOf(split(text));
  }

  /**
   * Loads {@code cypher/NAME.cypher} from the class path, its includes expanded.
   *
   * @param name the path below {@code cypher/} without the extension, e.g. {@code import/events}
   * @throws SgnetException of kind {@code FAILURE} when the file is missing, or when an include
   *     names no fragment, forms a cycle or is malformed (naming the file and line)
   */
  public static CypherFile load(String name) {
    return CACHE.computeIfAbsent(name, n -> read(n, CypherFile::resource));
  }

  /**
   * Loads {@code cypher/NAME.cypher} like {@link #load(String)}, but takes the fragments named in
   * {@code replacing} from the text given there instead of their files; not cached. Differential
   * tests use it to run a statement with a shared definition computed by the other engine.
   *
   * @param replacing fragment name (e.g. {@code fragments/active-tie}) to the text of a fragment
   *     file, header included
   */
  public static CypherFile load(String name, Map<String, String> replacing) {
    Map<String, String> given = Map.copyOf(replacing);
    return read(name, n -> given.containsKey(n) ? given.get(n) : resource(n));
  }

  private static CypherFile read(String name, Function<String, String> source) {
    String raw = source.apply(name);
    if (raw == null) {
      throw new SgnetException(
          SgnetException.Kind.FAILURE, "missing Cypher resource /cypher/" + name + ".cypher");
    }
    return new CypherFile(name, expand(name, raw, source, List.of(name)));
  }

  /** Returns whether {@code cypher/NAME.cypher} is on the class path. */
  public static boolean exists(String name) {
    return CACHE.containsKey(name)
        || CypherFile.class.getResource("/cypher/" + name + ".cypher") != null;
  }

  /** Returns the text of {@code cypher/NAME.cypher} as stored, or null when there is none. */
  private static String resource(String name) {
    try (InputStream in = CypherFile.class.getResourceAsStream("/cypher/" + name + ".cypher")) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the text with every include replaced by its fragment.
   *
   * @param chain the files being expanded, outermost first, {@code file} last
   */
  private static String expand(
      String file, String text, Function<String, String> source, List<String> chain) {
    String[] lines = text.split("\n", -1);
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      Matcher include = INCLUDE.matcher(line);
      if (include.matches() && !include.group(1).strip().startsWith("//")) {
        String where = "cypher/" + file + ".cypher line " + (i + 1);
        List<String> body = include(where, include.group(2), source, chain);
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        out.append(include.group(1)).append(String.join("\n" + indent, body));
      } else {
        out.append(line);
      }
      if (i < lines.length - 1) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  /** Returns the lines of Cypher an include directive stands for, its variables renamed. */
  private static List<String> include(
      String where, String directive, Function<String, String> source, List<String> chain) {
    Matcher d = DIRECTIVE.matcher(directive);
    if (!d.matches()) {
      throw fail(
          where,
          "malformed include '"
              + directive.strip()
              + "': expected fragments/NAME or fragments/NAME(variable AS input, …)");
    }
    String fragment = d.group(1);
    if (chain.contains(fragment)) {
      List<String> cycle = new ArrayList<>(chain.subList(chain.indexOf(fragment), chain.size()));
      cycle.add(fragment);
      throw fail(where, "include cycle " + String.join(" -> ", cycle));
    }
    String raw = source.apply(fragment);
    if (raw == null) {
      throw fail(where, "unknown fragment " + fragment + " (no cypher/" + fragment + ".cypher)");
    }
    List<String> nested = new ArrayList<>(chain);
    nested.add(fragment);
    String expanded = expand(fragment, raw, source, List.copyOf(nested));
    List<String> body = new ArrayList<>();
    for (String line : expanded.split("\n")) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty() && !trimmed.startsWith("//")) {
        body.add(line);
      }
    }
    if (body.isEmpty()) {
      throw fail(where, "fragment " + fragment + " holds no Cypher");
    }
    Header header = Header.of(fragment, raw, String.join("\n", body));
    Map<String, String> renames = renames(where, fragment, d.group(2), header, body);
    if (renames.isEmpty()) {
      return body;
    }
    return body.stream().map(l -> rename(l, renames)).toList();
  }

  /** The inputs and outputs a fragment's header declares. */
  private record Header(Set<String> inputs, Set<String> outputs) {

    /** Reads the header and checks it against the fragment's Cypher. */
    static Header of(String fragment, String raw, String cypher) {
      Set<String> inputs = new LinkedHashSet<>();
      Set<String> outputs = new LinkedHashSet<>();
      for (String line : raw.split("\n")) {
        Matcher m = HEADER.matcher(line.strip());
        if (m.matches()) {
          (m.group(1).equals("in") ? inputs : outputs).add(m.group(2));
        }
      }
      String where = "cypher/" + fragment + ".cypher";
      Set<String> used = names(cypher);
      Matcher p = PARAMETER.matcher(cypher);
      while (p.find()) {
        if (!inputs.contains(p.group())) {
          throw fail(
              where,
              "the fragment uses " + p.group() + ", which its header does not declare (in:)");
        }
        used.add(p.group());
      }
      for (String declared : union(inputs, outputs)) {
        if (!used.contains(declared)) {
          throw fail(where, "the header declares " + declared + ", which the fragment never uses");
        }
      }
      return new Header(Set.copyOf(inputs), Set.copyOf(outputs));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
      Set<String> all = new LinkedHashSet<>(a);
      all.addAll(b);
      return all;
    }
  }

  /** Reads {@code s AS t, …}: the including statement's variable s is the fragment's input t. */
  private static Map<String, String> renames(
      String where, String fragment, String list, Header header, List<String> body) {
    Map<String, String> renames = new HashMap<>();
    if (list == null || list.isBlank()) {
      return renames;
    }
    Set<String> taken = names(String.join("\n", body));
    for (String item : list.split(",", -1)) {
      Matcher r = RENAME.matcher(item);
      if (!r.matches()) {
        throw fail(where, "malformed include argument '" + item.strip() + "': expected s AS t");
      }
      String variable = r.group(1);
      String input = r.group(2);
      if (!header.inputs().contains(input)) {
        throw fail(where, fragment + " has no input variable " + input);
      }
      if (renames.containsKey(input)) {
        throw fail(where, input + " is given twice");
      }
      if (!variable.equals(input)
          && (taken.contains(variable) || renames.containsValue(variable))) {
        throw fail(where, variable + " is a variable of " + fragment + " already");
      }
      renames.put(input, variable);
    }
    return renames;
  }

  /** Returns the variables and keywords of a piece of Cypher, outside string literals. */
  private static Set<String> names(String cypher) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = TOKEN.matcher(cypher);
    while (m.find()) {
      if (m.group(1) != null) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  private static String rename(String line, Map<String, String> renames) {
    Matcher m = TOKEN.matcher(line);
    StringBuilder out = new StringBuilder(line.length());
    while (m.find()) {
      String replacement =
          m.group(1) == null ? m.group() : renames.getOrDefault(m.group(1), m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static SgnetException fail(String where, String message) {
    return new SgnetException(SgnetException.Kind.FAILURE, where + ": " + message);
  }

  /** Returns the file's name below {@code cypher/}, without extension. */
  public String name() {
    return name;
  }

  /** Returns the whole text of the file, comments included, its includes expanded. */
  public String text() {
    return text;
  }

  /**
   * Returns the statements of the file: the text split at semicolons that end a line, with comment
   * lines removed. Migration files hold several statements; query files hold one.
   */
  public List<String> statements() {
    return statements;
  }

  private static List<String> split(String text) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("//") || trimmed.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        statements.add(current.toString().strip().replaceAll(";$", ""));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      statements.add(current.toString().strip());
    }
    return List.copyOf(statements);
  }

  /** Returns the single statement of the file. */
  public String statement() {
    if (statements.size() != 1) {
      throw new SgnetException(
          SgnetException.Kind.FAILURE,
          "cypher/" + name + ".cypher holds " + statements.size() + " statements, expected one");
    }
    return statements.get(0);
  }
}
