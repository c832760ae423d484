package org.sgnet.sources.cin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sgnet.bundle.Event;
import org.sgnet.bundle.EventType;
import org.sgnet.sources.Conversion;
import org.sgnet.sources.SourceError;
import org.sgnet.sources.SourceOptions;

/** The published samples of the format, end to end through the conversion. */
class CinSamplesTest {

  static final Path SAMPLES = Path.of("src/test/resources/statutory");

  static Conversion.Result convert(String file, boolean keepGoing) {
    return new Conversion(new CinAdapter(), SourceOptions.defaults())
        .convert(List.of(SAMPLES.resolve(file)), List.of(), keepGoing);
  }

  static Map<EventType, Long> byType(Conversion.Result r) {
    return r.bundle().events().stream()
        .collect(Collectors.groupingBy(Event::type, Collectors.counting()));
  }

  @Test
  void shouldConvertTheFakeReturnOf332ChildrenWithNoRefusal() {
    Conversion.Result r = convert("cin_validator/fake_CIN_data.xml", false);

    assertThat(r.refused()).isEmpty();
    assertThat(r.bundle().agencies()).extracting(a -> a.id()).containsExactly("la-975");
    assertThat(r.bundle().people()).hasSize(332);
    assertThat(r.bundle().ties()).isEmpty();
    assertThat(r.bundle().events()).hasSize(1336);
    assertThat(byType(r))
        .containsEntry(EventType.CIRCUMSTANCES_CHANGED, 402L)
        .containsEntry(EventType.ETHNICITY_RECORDED, 332L)
        .containsEntry(EventType.DECISION, 252L)
        .containsEntry(EventType.MEETING, 350L);
    assertThat(r.recordsByFile()).containsExactly(Map.entry("fake_CIN_data.xml", 734));
    Map<String, Event> second =
        r.bundle().events().stream()
            .filter(e -> e.subjectId().equals("cin-975-RND000824303014"))
            .collect(Collectors.toMap(Event::id, Function.identity()));
    assertThat(second.keySet())
        .containsExactlyInAnyOrder(
            "cin-975-RND000824303014-ref-20131025",
            "cin-975-RND000824303014-close-20140101",
            "cin-975-RND000824303014-icpc-20131213",
            "cin-975-RND000824303014-ref-20171022",
            "cin-975-RND000824303014-icpc-20171105",
            "cin-975-RND000824303014-eth-WROM");
    assertThat(second.get("cin-975-RND000824303014-eth-WROM").date())
        .isEqualTo(LocalDate.of(2013, 10, 25));
  }

  @Test
  void shouldConvertTheLiiaSampleWithEveryPartOfAnEpisode() {
    Conversion.Result r = convert("liia_tools/cin-2022.xml", false);

    assertThat(r.refused()).isEmpty();
    assertThat(r.bundle().people()).hasSize(1);
    assertThat(r.bundle().people().get(0).identifiers())
        .containsExactly(
            "la-child:201:DfEX0000001",
            "upn:A123456789123",
            "upn:X98765432123B",
            "record:cin-201-DfEX0000001");
    assertThat(r.bundle().people().get(0).birthDate()).isEqualTo(LocalDate.of(1966, 3, 24));
    assertThat(r.bundle().events()).hasSize(15);
    assertThat(byType(r))
        .containsEntry(EventType.RISK, 3L)
        .containsEntry(EventType.MEETING, 4L)
        .containsEntry(EventType.DECISION, 5L)
        .containsEntry(EventType.ASSESSMENT, 1L);
  }

  @Test
  void shouldRefuseThe2021ValidatorSampleForTextInsideChildIdentifiers() {
    Conversion.Result r = convert("cin_validator/CIN_Census_2021.xml", true);

    assertThat(r.refused())
        .extracting(SourceError::toString)
        .containsExactly(
            "CIN_Census_2021.xml:/Message/Children/Child[1]: line 28: does not follow the CIN"
                + " census schema (2024): cvc-complex-type.2.3: Element 'ChildIdentifiers' cannot"
                + " have character [children], because the type's content type is element-only.");
    assertThat(r.bundle().people()).isEmpty();
    assertThat(r.bundle().events()).isEmpty();
  }

  @Test
  void shouldRefuseTheBadAssessmentOfThe2024And2026ValidatorSamples() {
    for (String file : List.of("CIN_Census_2024.xml", "CIN_Census_2026.xml")) {
      Conversion.Result r = convert("cin_validator/" + file, true);

      String at = file + ":/Message/Children/Child[1]/CINdetails[1]/Assessments[1]: field ";
      assertThat(r.refused())
          .extracting(SourceError::toString)
          .containsExactly(
              at
                  + "AssessmentAuthorisationDate: is before AssessmentActualStartDate: an"
                  + " assessment is authorised after it starts",
              at
                  + "FactorsIdentifiedAtAssessment/AssessmentFactors[2]: 'RB' is not a CIN"
                  + " assessment factor code that sgnet maps (known: 10A, 11A, 12A, 13A, 14A, 15A,"
                  + " 16A, 17A, 18B, 18C, 19B, 19C, 1A, 1B, 1C, 20, 21, 22A, 23A, 24A, 2A, 2B, 2C,"
                  + " 3A, 3B, 3C, 4A, 4B, 4C, 5A, 5B, 5C, 6A, 6B, 6C, 7A, 8B, 8C, 8D, 8E, 8F, 9A)");
      assertThat(r.bundle().people()).hasSize(2);
      assertThat(r.bundle().events()).hasSize(16);
      // The one risk is the child protection plan's category (PHY): the assessment's were refused.
      assertThat(byType(r))
          .containsEntry(EventType.ASSESSMENT, 1L)
          .containsEntry(EventType.RISK, 1L);
    }
  }
}
