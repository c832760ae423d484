package org.sgnet.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sgnet.SgnetException;

/**
 * A Cypher file packaged under {@code cypher/} in the jar. Statements are never assembled from
 * strings: every value reaches Neo4j as a {@code $parameter}.
 */
public final class CypherFile {

  private static final Map<String, CypherFile> CACHE = new ConcurrentHashMap<>();

  private final String name;
  private final String text;

  private CypherFile(String name, String text) {
    this.name = name;
    this.text = text;
  }

  /**
   * Loads {@code cypher/NAME.cypher} from the class path.
   *
   * @param name the path below {@code cypher/} without the extension, e.g. {@code import/events}
   */
  public static CypherFile load(String name) {
    return CACHE.computeIfAbsent(name, CypherFile::read);
  }

  /** Returns whether {@code cypher/NAME.cypher} is on the class path. */
  public static boolean exists(String name) {
    return CACHE.containsKey(name)
        || CypherFile.class.getResource("/cypher/" + name + ".cypher") != null;
  }

  private static CypherFile read(String name) {
    String resource = "/cypher/" + name + ".cypher";
    try (InputStream in = CypherFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new SgnetException(
            SgnetException.Kind.FAILURE, "missing Cypher resource " + resource);
      }
      return new CypherFile(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the file's name below {@code cypher/}, without extension. */
  public String name() {
    return name;
  }

  /** Returns the whole text of the file, comments included. */
  public String text() {
    return text;
  }

  /**
   * Returns the statements of the file: the text split at semicolons that end a line, with comment
   * lines removed. Migration files hold several statements; query files hold one.
   */
  public List<String> statements() {
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
    List<String> all = statements();
    if (all.size() != 1) {
      throw new SgnetException(
          SgnetException.Kind.FAILURE,
          "cypher/" + name + ".cypher holds " + all.size() + " statements, expected one");
    }
    return all.get(0);
  }
}
