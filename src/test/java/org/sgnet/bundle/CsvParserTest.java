package org.sgnet.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvParserTest {

  /**
   * Each case is an input, with {@code \n}, {@code \r} and {@code \t} written as escapes, and its
   * records as {@code line:field|field}, records separated by {@code ;}.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '`',
      textBlock =
          """
          LF, no final line end      # a,b\\nc,d                            # 1:a|b;2:c|d
          CRLF                       # a,b\\r\\nc,d\\r\\n                     # 1:a|b;2:c|d
          CR                         # a\\rb\\r                              # 1:a;2:b
          quoted comma and quotes    # "x,y","he said ""hi""\"\\n          # 1:x,y|he said "hi"
          quoted line breaks         # "one\\r\\ntwo\\rthree",z\\nnext\\n     # 1:one\\ntwo\\nthree|z;4:next
          blank lines                # \\n\\n a \\n\\t\\n\\n                  # 3:a
          spaces around quotes       # ` "q" , r \\n`                      # 1:q|r
          empty last field           # a,\\n                               # 1:a|
          empty quoted field         # "",b\\n                             # 1:|b
          quote inside plain field   # x"y,z\\n                            # 1:x"y|z
          trimmed inside quotes      # "  a\\t",b\\n                        # 1:a|b
          """)
  void shouldSplitRecordsAndFields(String why, String input, String expected) throws IOException {
    assertThat(records(unescape(input))).containsExactly(unescape(expected).split(";"));
  }

  @Test
  void shouldSkipALeadingByteOrderMarkOnly() throws IOException {
    assertThat(records("\uFEFFa,\uFEFFb\n")).containsExactly("1:a|\uFEFFb");
  }

  @Test
  void shouldReportTextAfterAClosingQuoteAndGoOn() throws IOException {
    List<CsvRecord> records = parse("\"abc\"x,d\ne\n".getBytes(StandardCharsets.UTF_8));

    assertThat(records).hasSize(2);
    assertThat(records.get(0).problem()).isEqualTo(CsvParser.TEXT_AFTER_QUOTE);
    assertThat(records.get(0).problemField()).isZero();
    assertThat(records.get(0).fields()).containsExactly("abc", "d");
    assertThat(records.get(1).wellFormed()).isTrue();
    assertThat(records.get(1).line()).isEqualTo(2);
  }

  @Test
  void shouldReportAnUnterminatedQuoteThatTakesTheRestOfTheInput() throws IOException {
    List<CsvRecord> records = parse("a\nb,\"open\nc\nd\n".getBytes(StandardCharsets.UTF_8));

    assertThat(records).hasSize(2);
    CsvRecord last = records.get(1);
    assertThat(last.line()).isEqualTo(2);
    assertThat(last.problem()).isEqualTo(CsvParser.UNTERMINATED);
    assertThat(last.problemField()).isEqualTo(1);
    assertThat(last.truncated()).isTrue();
  }

  @Test
  void shouldReportTheFieldOfBytesThatAreNotUtf8() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("a,b\nc,\uFFFD\ne".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xFF);
    bytes.writeBytes(",f\ng,h".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xE2);

    List<CsvRecord> records = parse(bytes.toByteArray());

    assertThat(records).extracting(CsvRecord::problemField).containsExactly(-1, -1, 0, 1);
    assertThat(records)
        .extracting(CsvRecord::problem)
        .containsExactly(null, null, CsvParser.NOT_UTF8, CsvParser.NOT_UTF8);
    assertThat(records.get(1).fields()).containsExactly("c", "\uFFFD");
  }

  @Test
  void shouldDecodeCharactersThatStraddleTheBuffers() throws IOException {
    StringBuilder csv = new StringBuilder();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 30_000; i++) {
      String name = "Zoë Łukasz 😀 " + i;
      csv.append(i).append(",\"").append(name).append("\r\n").append(i % 7).append("\"\r\n");
      expected.add((1 + 2 * i) + ":" + i + "|" + name + "\n" + (i % 7));
    }

    assertThat(records(csv.toString())).containsExactlyElementsOf(expected);
  }

  private static List<String> records(String input) throws IOException {
    List<String> records = new ArrayList<>();
    for (CsvRecord record : parse(input.getBytes(StandardCharsets.UTF_8))) {
      assertThat(record.wellFormed()).as("record at line %d", record.line()).isTrue();
      records.add(record.line() + ":" + String.join("|", record.fields()));
    }
    return records;
  }

  private static List<CsvRecord> parse(byte[] input) throws IOException {
    List<CsvRecord> records = new ArrayList<>();
    try (CsvParser parser = new CsvParser(new ByteArrayInputStream(input))) {
      for (CsvRecord record = parser.next(); record != null; record = parser.next()) {
        records.add(record);
      }
    }
    return records;
  }

  private static String unescape(String text) {
    return text.replace("\\r", "\r").replace("\\n", "\n").replace("\\t", "\t");
  }
}
