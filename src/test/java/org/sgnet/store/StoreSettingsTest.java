package org.sgnet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sgnet.SgnetException;

/** Sizes as a page cache setting gives them. */
class StoreSettingsTest {

  @ParameterizedTest
  @CsvSource({
    "1048576, 1048576",
    "512m, 536870912",
    "512M, 536870912",
    "2g, 2147483648",
    "64k, 65536",
    "1t, 1099511627776",
    " 1g , 1073741824"
  })
  void shouldReadASizeInBytesOrWithAUnit(String text, long bytes) {
    assertThat(StoreSettings.parseSize(text)).isEqualTo(bytes);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "g", "12x", "1.5g", "-", "99999999999999t"})
  void shouldRefuseWhatIsNotASizeItCanHold(String text) {
    assertThatThrownBy(() -> StoreSettings.parseSize(text))
        .isInstanceOf(SgnetException.class)
        .hasMessageContaining("is not a size");
  }
}
