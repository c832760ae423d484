package org.sgnet.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The optional columns a bundle made from a source carries: read, checked, written back. */
class SourceColumnsTest {

  private static Map<String, byte[]> files(String people) {
    return Map.of(
        "agencies.csv",
        "agency_id,name,sector,provenance\nla-1,LA 1,SOCIAL_CARE,cin:c.xml:/Message/Header\n"
            .getBytes(StandardCharsets.UTF_8),
        "people.csv",
        people.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void shouldReadIdentifiersPostcodeAndProvenanceAndWriteThemBackAsTheyWere() {
    Bundle read =
        new BundleReader()
            .read(
                "b",
                files(
                    "person_id,kind,name,birth_date,agency_id,role,identifiers,postcode,provenance\n"
                        + "c1,CHILD,Child c1,2012-01-01,,,upn:A1; la-child:201:9 ,AB1 2CD,"
                        + "\"cin:c.xml:/Message/Children/Child[1];partner:p.csv:2\"\n"));

    Person p = read.people().get(0);
    assertThat(p.identifiers()).containsExactly("upn:A1", "la-child:201:9");
    assertThat(p.postcode()).isEqualTo("AB1 2CD");
    assertThat(p.provenance())
        .containsExactly("cin:c.xml:/Message/Children/Child[1]", "partner:p.csv:2");
    assertThat(read.agencies().get(0).provenance()).containsExactly("cin:c.xml:/Message/Header");
    assertThat(new BundleReader().read("again", new BundleWriter(read).files())).isEqualTo(read);
  }

  @Test
  void shouldWriteAVersionOneBundleWithoutTheSourceColumns() {
    Bundle v1 =
        new Bundle(
            List.of(new Agency("a", "A", Sector.POLICE, Map.of())),
            List.of(
                new Person(
                    "c", PersonKind.CHILD, "C", LocalDate.of(2012, 1, 1), null, null, Map.of())),
            List.of(),
            List.of());
    String people =
        new String(new BundleWriter(v1).files().get("people.csv"), StandardCharsets.UTF_8);
    assertThat(people).startsWith("person_id,kind,name,birth_date,agency_id,role\r\n");
  }

  @Test
  void shouldRefuseAnIdentifierThatIsNotSchemeColonValueWithoutQuotingIt() {
    BundleInvalidException e =
        catchThrowableOfType(
            BundleInvalidException.class,
            () ->
                new BundleReader()
                    .read(
                        "b",
                        files(
                            "person_id,kind,name,identifiers\n"
                                + "c1,CHILD,Child c1,upn:A1;A123456789012\n")));
    assertThat(e.errors())
        .extracting(BundleError::toString)
        .containsExactly(
            "people.csv:2: column identifiers: item 2 is not an identifier: expected"
                + " scheme:value, the scheme of lower-case letters, digits and -");
  }
}
