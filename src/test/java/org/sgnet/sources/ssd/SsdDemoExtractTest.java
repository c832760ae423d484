package org.sgnet.sources.ssd;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sgnet.bundle.EventType;
import org.sgnet.bundle.LegalBasis;
import org.sgnet.bundle.Person;
import org.sgnet.bundle.PersonKind;
import org.sgnet.bundle.Tie;
import org.sgnet.bundle.TieType;
import org.sgnet.sources.Conversion;
import org.sgnet.sources.SourceOptions;

/**
 * The made-up demo extract (src/test/resources/statutory-ssd) converts end to end with no refused
 * record, and three of its children carry UPNs of children in the CIN census sample.
 */
class SsdDemoExtractTest {

  static final Path DEMO = Path.of("src/test/resources/statutory-ssd");
  static final Path CIN = Path.of("src/test/resources/statutory/cin_validator/fake_CIN_data.xml");

  private static Conversion.Result convert() {
    return new Conversion(new SsdAdapter(), new SourceOptions("201"))
        .convert(List.of(DEMO), List.of(), false);
  }

  @Test
  void shouldConvertTheDemoExtractWithoutRefusal() {
    Conversion.Result r = convert();

    assertThat(r.refused()).isEmpty();
    assertThat(r.bundle().people().stream().filter(p -> p.kind() == PersonKind.CHILD)).hasSize(20);
    assertThat(r.bundle().people().stream().filter(p -> p.kind() == PersonKind.PROFESSIONAL))
        .hasSize(7);
    assertThat(r.bundle().ties().stream().filter(t -> t.type() == TieType.SIBLING)).hasSize(6);
    assertThat(r.bundle().ties().stream().filter(t -> t.type() == TieType.PLACED_WITH)).hasSize(16);
    assertThat(r.bundle().events().stream().map(e -> e.type()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(
            EventType.INFORMATION_SHARED,
            EventType.DECISION,
            EventType.ASSESSMENT,
            EventType.RISK,
            EventType.VISIT,
            EventType.MEETING,
            EventType.ETHNICITY_RECORDED);
  }

  @Test
  void shouldPlaceTheBelloSiblingsOnTheirOwnLegalBases() {
    Conversion.Result r = convert();

    List<Tie> placements =
        r.bundle().ties().stream().filter(t -> t.type() == TieType.PLACED_WITH).toList();
    Tie aisha =
        placements.stream().filter(t -> t.fromId().equals("ssd-5001")).findFirst().orElseThrow();
    Tie musa =
        placements.stream().filter(t -> t.fromId().equals("ssd-5002")).findFirst().orElseThrow();
    assertThat(aisha.legalBasis()).isEqualTo(LegalBasis.S20_VOLUNTARY);
    assertThat(musa.toId()).isEqualTo(aisha.toId());
    assertThat(placements.stream().filter(t -> t.fromId().equals("ssd-5003")))
        .extracting(Tie::legalBasis)
        .containsExactly(LegalBasis.INTERIM_CARE_ORDER, LegalBasis.CARE_ORDER);
  }

  @Test
  void shouldShareUpnsWithChildrenOfTheCinCensusSample() throws Exception {
    String cin = java.nio.file.Files.readString(CIN);
    Set<String> shared =
        convert().bundle().people().stream()
            .flatMap((Person p) -> p.identifiers().stream())
            .filter(i -> i.startsWith("upn:") && cin.contains("<UPN>" + i.substring(4) + "</UPN>"))
            .collect(Collectors.toSet());

    assertThat(shared)
        .containsExactlyInAnyOrder("upn:A850728973744", "upn:A141396438491", "upn:A929946861554");
  }
}
