package org.sgnet.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sgnet.SgnetException;
import org.sgnet.bundle.PersonKind;
import org.sgnet.bundle.Tie;
import org.sgnet.bundle.TieType;

class ConversionTest {

  /** An adapter with a defect: it makes a tie that ends before it starts. */
  private static final class Faulty implements SourceAdapter {
    @Override
    public String format() {
      return "faulty";
    }

    @Override
    public String description() {
      return "makes a bundle the bundle reader refuses";
    }

    @Override
    public SourceRecords read(List<Path> paths, SourceOptions options) {
      SourceRecords records = new SourceRecords(format());
      Locator at = Locator.line(format(), "children.csv", 2);
      records.person(
          new SourcePerson(
              "faulty-c1",
              PersonKind.CHILD,
              "Anna Example",
              LocalDate.of(2015, 3, 14),
              null,
              null,
              List.of(),
              null,
              at));
      records.person(SourcePerson.unnamed("faulty-m1", PersonKind.FAMILY, "mother", at));
      records.tie(
          new Tie(
              TieType.PARENT,
              "faulty-m1",
              "faulty-c1",
              LocalDate.of(2015, 3, 14),
              LocalDate.of(2014, 1, 1),
              null,
              null,
              null,
              Map.of(),
              List.of()),
          at);
      return records;
    }
  }

  @Test
  void shouldReportADefectiveAdapterByWhereItsBundleFailsWithoutQuotingAnyValue() {
    SgnetException e =
        catchThrowableOfType(
            SgnetException.class,
            () ->
                new Conversion(new Faulty(), SourceOptions.defaults())
                    .convert(List.of(), List.of(), false));

    assertThat(e.kind()).isEqualTo(SgnetException.Kind.FAILURE);
    // The message is logged (HTTP 500): it says where, never the cells' values.
    assertThat(e.getMessage())
        .contains("the faulty adapter made a bundle that the bundle reader refuses")
        .contains("relationships.csv:2 column end_date")
        .doesNotContain("2014")
        .doesNotContain("2015")
        .doesNotContain("Anna");
  }
}
