package org.sgnet.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a new row carries to its create statement, and when an import is staged. */
class BundleImporterTest {

  private static final Pattern ROW_KEY = Pattern.compile("\\brow\\.([A-Za-z_][A-Za-z0-9_]*)");

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          import/agencies      | id props
          import/people-create | agencyEid id label props
          import/ties-create   | fromEid key props toEid type
          import/events-create | agencyEid id participantEids props recordedByEid subjectEid
          """)
  void shouldSendANewRowOnlyTheKeysItsCreateStatementReads(String file, String keys) {
    RowKind<?> kind =
        RowKind.ALL.stream()
            .filter(k -> k.statements().create().equals(file))
            .findFirst()
            .orElseThrow();

    assertThat(kind.statements().createKeys()).containsExactly(keys.split(" "));
    // The keys a kind declares are every row.KEY its create statement reads, and no other.
    assertThat(rowKeys(CypherFile.load(file).statement())).containsExactly(keys.split(" "));
  }

  @ParameterizedTest
  @CsvSource({
    "AUTO, 1, false",
    "AUTO, 50000, false",
    "AUTO, 50001, true",
    "AUTO, 1202610, true",
    "ONE, 1202610, false",
    "BATCH, 1, true",
  })
  void shouldStageOnlyBundlesAboveFiftyThousandRowsUnlessTold(
      BundleImporter.Transactions transactions, long rows, boolean staged) {
    assertThat(BundleImporter.staged(transactions, rows)).isEqualTo(staged);
  }

  private static Set<String> rowKeys(String statement) {
    Set<String> keys = new TreeSet<>();
    Matcher m = ROW_KEY.matcher(statement);
    while (m.find()) {
      keys.add(m.group(1));
    }
    return keys;
  }
}
