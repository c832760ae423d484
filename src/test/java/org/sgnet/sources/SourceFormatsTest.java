package org.sgnet.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sgnet.SgnetException;

class SourceFormatsTest {

  @Test
  void shouldOfferTheSixFormatsEachDocumentedInItsOwnPage() {
    assertThat(SourceFormats.all())
        .extracting(SourceAdapter::format)
        .containsExactly("ssda903", "cin", "annex-a", "ssd", "dfe-api", "partner");
    for (SourceAdapter a : SourceFormats.all()) {
      assertThat(Path.of("docs/sources/" + a.format() + ".md")).as(a.format()).exists();
      assertThat(a.description()).isNotBlank();
    }
  }

  @ParameterizedTest
  @CsvSource({"ssda903, ssda903", "CIN, cin", " annex-a , annex-a", "DFE-API, dfe-api"})
  void shouldFindAFormatByNameInAnyCase(String name, String format) {
    assertThat(SourceFormats.named(name).format()).isEqualTo(format);
  }

  @Test
  void shouldNameTheKnownFormatsForAnUnknownOne() {
    assertThatThrownBy(() -> SourceFormats.named("xlsx"))
        .isInstanceOf(SgnetException.class)
        .hasMessage(
            "unknown source format 'xlsx': expected one of ssda903, cin, annex-a, ssd, dfe-api,"
                + " partner");
  }

  @Test
  void shouldParseDatesInTheSourcesStylesAndRefuseDaysThatDoNotExist() {
    assertThat(SourceDates.parse("30/08/2017")).hasToString("2017-08-30");
    assertThat(SourceDates.parse("3/8/2017")).hasToString("2017-08-03");
    assertThat(SourceDates.parse("2017-08-30")).hasToString("2017-08-30");
    assertThat(SourceDates.parse("2022-10-15 00:00:00")).hasToString("2022-10-15");
    assertThat(SourceDates.parse("2022-10-15T10:11:12")).hasToString("2022-10-15");
    assertThat(SourceDates.parse("45000")).hasToString("2023-03-15");
    assertThat(SourceDates.parse("31/02/2017")).isNull();
    assertThat(SourceDates.parse("2017-13-01")).isNull();
    assertThat(SourceDates.parse("yesterday")).isNull();
  }

  @Test
  void shouldWriteARejectsFileThatNamesEachRecordAndWhyWithoutValues() throws Exception {
    Path file = Files.createTempFile("rejects", ".csv");
    Rejects.write(
        file,
        java.util.List.of(
            new SourceError(Locator.line("ssda903", "episodes.csv", 14), "LS", "'Z9' is, odd"),
            new SourceError(new Locator("cin", "c.xml", "/Message/Children/Child[2]"), null, "x")));
    assertThat(Files.readAllLines(file))
        .containsExactly(
            "format,file,where,field,reason",
            "ssda903,episodes.csv,14,LS,\"'Z9' is, odd\"",
            "cin,c.xml,/Message/Children/Child[2],,x");
  }
}
