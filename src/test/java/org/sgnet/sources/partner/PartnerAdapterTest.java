package org.sgnet.sources.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sgnet.sources.Conversion;
import org.sgnet.sources.SourceOptions;

class PartnerAdapterTest {

  static final Path SAMPLES = Path.of("src/test/resources/statutory/family_context");

  @Test
  void shouldConvertBothFamilyContextExtracts() {
    Conversion.Result r =
        new Conversion(new PartnerAdapter(), SourceOptions.defaults())
            .convert(
                List.of(SAMPLES.resolve("csc.csv"), SAMPLES.resolve("education.csv")),
                List.of(),
                false);
    System.out.println(r.bundle().rowCount() + " " + r.identities() + " " + r.recordsByFile());
    System.out.println(r.bundle().people().get(0));
    System.out.println(r.bundle().ties().get(0));
    assertThat(r.refused()).isEmpty();
  }
}
