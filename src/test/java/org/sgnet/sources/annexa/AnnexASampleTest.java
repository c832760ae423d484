package org.sgnet.sources.annexa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sgnet.bundle.Event;
import org.sgnet.bundle.EventType;
import org.sgnet.bundle.LegalBasis;
import org.sgnet.bundle.Person;
import org.sgnet.bundle.PersonKind;
import org.sgnet.bundle.Tie;
import org.sgnet.bundle.TieType;
import org.sgnet.sources.Conversion;
import org.sgnet.sources.SourceInvalidException;
import org.sgnet.sources.SourceOptions;

/** The liia-tools Annex A sample, end to end through the conversion and the bundle reader. */
class AnnexASampleTest {

  static final Path SAMPLE = Path.of("src/test/resources/statutory/liia_tools/Annex_A.xlsx");

  private static Conversion.Result convert() {
    return new Conversion(new AnnexAAdapter(), new SourceOptions("303"))
        .convert(List.of(SAMPLE), List.of(), true);
  }

  @Test
  void shouldRefuseOnlyTheRowWhosePrimaryNeedIsNoCensusCode() {
    Conversion.Result r = convert();

    // The sample's List 6 row 2 gives "PSRMEM - Support with memory and cognition", an adult
    // social care code, where the template takes N0 to N9.
    assertThat(r.refused())
        .extracting(Object::toString)
        .containsExactly(
            "Annex_A.xlsx:List 6!2: field Primary Need Code (column H): 'PSRMEM' is not a primary"
                + " need code that sgnet maps (known: N0, N1, N2, N3, N4, N5, N6, N7, N8, N9)");
    assertThatThrownBy(
            () ->
                new Conversion(new AnnexAAdapter(), new SourceOptions("303"))
                    .convert(List.of(SAMPLE), List.of(), false))
        .isInstanceOf(SourceInvalidException.class);
  }

  @Test
  void shouldConvertTheSampleIntoChildrenWorkersPlacementsAndEvents() {
    Conversion.Result r = convert();

    assertThat(r.recordsByFile()).containsExactly(java.util.Map.entry("Annex_A.xlsx", 54));
    assertThat(r.bundle().people()).hasSize(82);
    assertThat(r.bundle().people().stream().filter(p -> p.kind() == PersonKind.CHILD)).hasSize(47);
    assertThat(r.bundle().ties()).hasSize(49);
    assertThat(r.bundle().ties().stream().filter(t -> t.type() == TieType.PLACED_WITH)).hasSize(10);
    assertThat(r.bundle().events()).hasSize(129);
    assertThat(r.bundle().agencies()).extracting(a -> a.id()).containsExactly("la-303");
  }

  @Test
  void shouldPlaceTheChildOnAnInterimCareOrderInResidentialAccommodation() {
    Conversion.Result r = convert();

    Tie placed =
        r.bundle().ties().stream()
            .filter(t -> t.type() == TieType.PLACED_WITH && t.fromId().equals("annexa-3623204"))
            .findFirst()
            .orElseThrow();
    assertThat(placed.legalBasis()).isEqualTo(LegalBasis.INTERIM_CARE_ORDER);
    assertThat(placed.startDate()).isEqualTo(LocalDate.of(2009, 7, 27));
    assertThat(placed.endDate()).isEqualTo(LocalDate.of(2020, 9, 22));
    Person home =
        r.bundle().people().stream()
            .filter(p -> p.id().equals(placed.toId()))
            .findFirst()
            .orElseThrow();
    assertThat(home.kind()).isEqualTo(PersonKind.OTHER);
    assertThat(home.role()).isEqualTo("Semi-independent residential accommodation (H5)");
    assertThat(home.provenance()).containsExactly("annex-a:Annex_A.xlsx:List 8!6");
  }

  @Test
  void shouldGiveTheChildOnAPlanAVisitSeenAloneAndTheirWorker() {
    Conversion.Result r = convert();

    // Her ethnicity is "s) NOBT", information not yet obtained: no ethnicity is recorded of it.
    List<Event> events =
        r.bundle().events().stream().filter(e -> e.subjectId().equals("annexa-10721552")).toList();
    assertThat(events)
        .extracting(Event::type, Event::date)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(EventType.DECISION, LocalDate.of(2020, 11, 23)),
            org.assertj.core.groups.Tuple.tuple(EventType.RISK, LocalDate.of(2020, 11, 23)),
            org.assertj.core.groups.Tuple.tuple(EventType.VISIT, LocalDate.of(2021, 1, 22)),
            org.assertj.core.groups.Tuple.tuple(EventType.MEETING, LocalDate.of(2021, 2, 16)),
            org.assertj.core.groups.Tuple.tuple(EventType.DECISION, LocalDate.of(2021, 2, 16)));
    Event visit = events.stream().filter(e -> e.type() == EventType.VISIT).findFirst().get();
    assertThat(visit.seenAlone()).isTrue();
    Person worker =
        r.bundle().people().stream()
            .filter(p -> p.id().equals(visit.recordedBy()))
            .findFirst()
            .orElseThrow();
    assertThat(worker.name()).isEqualTo("Ezra Leigh");
    assertThat(worker.role()).isEqualTo("Locality 4 Unit 1");
    assertThat(worker.agencyId()).isEqualTo("la-303");
  }
}
