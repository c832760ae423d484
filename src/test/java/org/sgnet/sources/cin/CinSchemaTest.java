package org.sgnet.sources.cin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CinSchemaTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          pattern                 | cvc-pattern-valid: Value 'O'Neil' is not facet-valid with respect to pattern '[0-9]{4}' for type 'date'. | cvc-pattern-valid: Value '…' is not facet-valid
          length                  | cvc-maxLength-valid: Value 'Mary-Jo O'Brien' with length = '15' is not facet-valid.          | cvc-maxLength-valid: Value '…' with length
          datatype                | cvc-datatype-valid.1.2.1: 'D'Arcy' is not a valid value for 'date'.                           | cvc-datatype-valid.1.2.1: '…' is not a valid value for 'date'.
          element                 | cvc-type.3.1.3: The value 'O'Neil' of element 'Surname' is not valid.                         | cvc-type.3.1.3: The value '…' of element
          """)
  void shouldLeaveOutAValueThatHoldsAQuote(String why, String message, String start) {
    assertThat(CinSchema.withoutValues(message))
        .startsWith(start)
        .doesNotContain("Neil")
        .doesNotContain("Brien")
        .doesNotContain("Arcy");
  }
}
