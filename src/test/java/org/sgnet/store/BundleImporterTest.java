package org.sgnet.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a new row carries to its create statement, and when an import is staged. */
class BundleImporterTest {

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
    assertThat(BundleImporter.rowKeys(CypherFile.load(file).statement()))
        .containsExactly(keys.split(" "));
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
}
