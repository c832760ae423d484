package org.sgnet.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemBodyProviderTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          a parser's token     | Unrecognized token 'Jane': was expecting token 'null', 'true' or 'false' | Unrecognized token '…': was expecting token 'null', 'true' or 'false'
          a converter's value  | Failed to convert argument [asOf] for value [Jane Smith] due to: bad    | Failed to convert argument [asOf] for value […] due to: bad
          nothing quoted       | Required QueryValue [child] not specified                              | Required QueryValue [child] not specified
          """)
  void shouldLeaveOutTheValuesAMessageQuotes(String why, String message, String expected) {
    assertThat(ProblemBodyProvider.withoutValues(message)).isEqualTo(expected);
  }
}
