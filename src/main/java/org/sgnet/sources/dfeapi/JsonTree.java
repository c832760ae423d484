package org.sgnet.sources.dfeapi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sgnet.SgnetException;
import org.sgnet.sources.SourceFiles;

/**
 * A JSON file read into a tree whose every value knows the line it starts on, so that a refused
 * record can be named by its JSON path and line (Jackson's own tree keeps no locations).
 */
final class JsonTree {

  /** What a JSON value is. */
  enum Kind {
    OBJECT,
    ARRAY,
    STRING,
    NUMBER,
    BOOLEAN,
    NULL
  }

  /**
   * One JSON value.
   *
   * @param kind what it is
   * @param text a scalar's text ({@code true}/{@code false} for a boolean), else {@code null}
   * @param fields an object's members in file order (empty for other kinds)
   * @param items an array's items (empty for other kinds)
   * @param line the line the value starts on (1-based)
   */
  record Node(Kind kind, String text, Map<String, Node> fields, List<Node> items, int line) {

    /** Returns the member of an object, or {@code null} when absent or not an object. */
    Node get(String name) {
      return fields.get(name);
    }

    /** Returns whether the value is a string, number or boolean. */
    boolean scalar() {
      return kind == Kind.STRING || kind == Kind.NUMBER || kind == Kind.BOOLEAN;
    }
  }

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonTree() {}

  /**
   * Reads a file. Jackson detects the encoding and skips a UTF-8 byte-order mark.
   *
   * @param what the format's description, for the message of a file that is no JSON at all
   * @throws SgnetException {@code INVALID_INPUT} naming the line when the file is not valid JSON
   *     (the parser's own message is not repeated: it may quote a value of the file)
   */
  static Node read(Path file, String what) {
    try (InputStream in = Files.newInputStream(file);
        JsonParser parser = FACTORY.createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw notJson(file, 1, what, "the file is empty");
      }
      Node root = value(parser, first);
      if (parser.nextToken() != null) {
        throw notJson(
            file, parser.currentLocation().getLineNr(), what, "more follows the first JSON value");
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 1 : Math.max(1, at.getLineNr());
      int column = at == null ? 0 : at.getColumnNr();
      throw notJson(file, line, what, "not valid JSON (near column " + column + ")");
    } catch (IOException e) {
      throw SourceFiles.unreadable(file, e);
    }
  }

  private static SgnetException notJson(Path file, int line, String what, String why) {
    return new SgnetException(
        SgnetException.Kind.INVALID_INPUT,
        file.getFileName() + ":" + line + ": not " + what + ": " + why);
  }

  private static Node value(JsonParser parser, JsonToken token) throws IOException {
    int line = parser.currentTokenLocation().getLineNr();
    switch (token) {
      case START_OBJECT -> {
        Map<String, Node> fields = new LinkedHashMap<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
          String name = parser.currentName();
          fields.put(name, value(parser, parser.nextToken()));
        }
        return new Node(Kind.OBJECT, null, Collections.unmodifiableMap(fields), List.of(), line);
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          items.add(value(parser, t));
        }
        return new Node(Kind.ARRAY, null, Map.of(), Collections.unmodifiableList(items), line);
      }
      case VALUE_STRING -> {
        return new Node(Kind.STRING, parser.getText(), Map.of(), List.of(), line);
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return new Node(Kind.NUMBER, parser.getText(), Map.of(), List.of(), line);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new Node(Kind.BOOLEAN, parser.getText(), Map.of(), List.of(), line);
      }
      case VALUE_NULL -> {
        return new Node(Kind.NULL, null, Map.of(), List.of(), line);
      }
      default -> throw new JsonParseException(parser, "unexpected token");
    }
  }
}
