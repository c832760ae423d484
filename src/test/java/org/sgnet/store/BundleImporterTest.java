package org.sgnet.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a new row carries to its create statement. */
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
}
