package org.sgnet.query;

import java.util.ArrayList;
import java.util.List;
import org.sgnet.SgnetException;

/**
 * Splits Cypher text into tokens, dropping comments, so that the guard looks at what Neo4j will
 * parse and not at what a comment, a string or a quoted name only seems to say.
 *
 * <p>Wherever Neo4j's lexer and this one could disagree, this one errs towards seeing more code: a
 * line comment ends at any line or paragraph separator, block comments do not nest, and a number
 * never swallows the letters after it. Characters that could make the two disagree in the other
 * direction are refused outright: unicode escapes (Neo4j decodes {@code \u0044ELETE} to {@code
 * DELETE} anywhere in a query, even in comments and strings) and invisible control or format
 * characters outside strings and comments.
 */
final class CypherTokenizer {

  /** The kinds of token. */
  enum Kind {
    /** An unquoted name or keyword. */
    WORD,
    /** A name in backticks; never a keyword. */
    QUOTED_NAME,
    /** A string literal in single or double quotes. */
    STRING,
    /** A number literal. */
    NUMBER,
    /** A {@code $parameter}; the text is the name without {@code $}. */
    PARAMETER,
    /** Any other single character, such as {@code (}, {@code .}, {@code :} or {@code ;}. */
    SYMBOL
  }

  /**
   * A token.
   *
   * @param kind what it is
   * @param text a word as written, a quoted name or a parameter name unescaped, a string's content,
   *     or the symbol
   * @param offset where it starts in the query
   */
  record Token(Kind kind, String text, int offset) {

    boolean isSymbol(char c) {
      return kind == Kind.SYMBOL && text.length() == 1 && text.charAt(0) == c;
    }

    boolean isWord() {
      return kind == Kind.WORD;
    }
  }

  private final String query;
  private int pos;

  private CypherTokenizer(String query) {
    this.query = query;
  }

  /**
   * Returns the tokens of a query, comments left out.
   *
   * @throws SgnetException of kind {@code INVALID_INPUT} when the query holds a unicode escape, an
   *     unterminated string, comment or quoted name, or an invisible character outside strings
   */
  static List<Token> tokenize(String query) {
    return new CypherTokenizer(query).run();
  }

  private List<Token> run() {
    refuseUnicodeEscapes();
    List<Token> tokens = new ArrayList<>();
    while (pos < query.length()) {
      char c = query.charAt(pos);
      if (isWhitespace(c) || isLineEnd(c)) {
        pos++;
      } else if (startsWith("//")) {
        skipLineComment();
      } else if (startsWith("/*")) {
        skipBlockComment();
      } else if (c == '\'' || c == '"') {
        tokens.add(string(c));
      } else if (c == '`') {
        int start = pos;
        tokens.add(new Token(Kind.QUOTED_NAME, quotedName(), start));
      } else if (c == '$') {
        tokens.add(parameter());
      } else if (isDigit(c)) {
        tokens.add(number());
      } else if (Character.isUnicodeIdentifierStart(c) || c == '_') {
        tokens.add(word());
      } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
        throw invalid(
            "the query holds an invisible character (U+%04X) outside a string".formatted((int) c));
      } else {
        tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), pos));
        pos++;
      }
    }
    return List.copyOf(tokens);
  }

  private void refuseUnicodeEscapes() {
    for (int i = query.indexOf('\\'); i >= 0; i = query.indexOf('\\', i + 1)) {
      if (i + 1 < query.length() && (query.charAt(i + 1) == 'u' || query.charAt(i + 1) == 'U')) {
        throw invalid("the query holds a unicode escape (\\u); write the character itself instead");
      }
    }
  }

  private boolean startsWith(String prefix) {
    return query.startsWith(prefix, pos);
  }

  static boolean isWhitespace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isLineEnd(char c) {
    // Any character some lexer might end a line comment at; ending too early only shows more code.
    return c == '\n'
        || c == '\r'
        || c == '\u000B'
        || c == '\u000C'
        || c == '\u0085'
        || c == '\u2028'
        || c == '\u2029';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private void skipLineComment() {
    while (pos < query.length() && !isLineEnd(query.charAt(pos))) {
      pos++;
    }
  }

  private void skipBlockComment() {
    int end = query.indexOf("*/", pos + 2);
    if (end < 0) {
      throw invalid("the query has a comment (/*) that is never closed");
    }
    pos = end + 2;
  }

  private Token string(char quote) {
    int start = pos;
    StringBuilder content = new StringBuilder();
    pos++;
    while (pos < query.length()) {
      char c = query.charAt(pos);
      if (c == '\\') {
        if (pos + 1 >= query.length()) {
          break;
        }
        content.append(c).append(query.charAt(pos + 1));
        pos += 2;
      } else if (c == quote) {
        pos++;
        return new Token(Kind.STRING, content.toString(), start);
      } else {
        content.append(c);
        pos++;
      }
    }
    throw invalid("the query has a string that is never closed");
  }

  /** Reads a backtick-quoted name, where a doubled backtick stands for one. */
  private String quotedName() {
    StringBuilder name = new StringBuilder();
    pos++;
    while (pos < query.length()) {
      char c = query.charAt(pos);
      if (c == '`') {
        if (startsWith("``")) {
          name.append('`');
          pos += 2;
          continue;
        }
        pos++;
        return name.toString();
      }
      name.append(c);
      pos++;
    }
    throw invalid("the query has a quoted name (`) that is never closed");
  }

  private Token parameter() {
    int start = pos;
    pos++;
    if (pos < query.length() && query.charAt(pos) == '`') {
      return new Token(Kind.PARAMETER, quotedName(), start);
    }
    int from = pos;
    while (pos < query.length()
        && (Character.isUnicodeIdentifierPart(query.charAt(pos)) || query.charAt(pos) == '_')
        && !Character.isIdentifierIgnorable(query.charAt(pos))) {
      pos++;
    }
    if (pos == from) {
      throw invalid("the query has a '$' that is not followed by a parameter name");
    }
    return new Token(Kind.PARAMETER, query.substring(from, pos), start);
  }

  private Token number() {
    int start = pos;
    digits();
    if (pos + 1 < query.length() && query.charAt(pos) == '.' && isDigit(query.charAt(pos + 1))) {
      pos++;
      digits();
    }
    if (pos < query.length() && (query.charAt(pos) == 'e' || query.charAt(pos) == 'E')) {
      int sign = pos + 1 < query.length() && "+-".indexOf(query.charAt(pos + 1)) >= 0 ? 2 : 1;
      if (pos + sign < query.length() && isDigit(query.charAt(pos + sign))) {
        pos += sign;
        digits();
      }
    }
    return new Token(Kind.NUMBER, query.substring(start, pos), start);
  }

  private void digits() {
    while (pos < query.length() && (isDigit(query.charAt(pos)) || query.charAt(pos) == '_')) {
      pos++;
    }
  }

  private Token word() {
    int start = pos;
    pos++;
    while (pos < query.length()) {
      char c = query.charAt(pos);
      // Ignorable characters would let "DEL<zero-width>ETE" look like one odd name to us.
      if (!(Character.isUnicodeIdentifierPart(c) || c == '_')
          || Character.isIdentifierIgnorable(c)) {
        break;
      }
      pos++;
    }
    return new Token(Kind.WORD, query.substring(start, pos), start);
  }

  private static SgnetException invalid(String message) {
    return new SgnetException(SgnetException.Kind.INVALID_INPUT, message);
  }
}
