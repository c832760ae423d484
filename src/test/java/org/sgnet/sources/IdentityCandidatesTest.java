package org.sgnet.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sgnet.bundle.Person;
import org.sgnet.bundle.PersonKind;

class IdentityCandidatesTest {

  private static Person person(
      String id, String kind, String name, String born, String postcode, String agency) {
    return new Person(
        id,
        PersonKind.valueOf(kind),
        name,
        born == null ? null : LocalDate.parse(born),
        agency,
        null,
        Map.of(),
        List.of(),
        postcode,
        List.of());
  }

  @ParameterizedTest(name = "{2} / {5} -> {8}")
  @CsvSource(
      nullValues = "-",
      delimiter = '|',
      value = {
        // kind | x: name | born | postcode | y: name | born | postcode | agencies | evidence
        "CHILD | Amira Khan | 2012-01-01 | AB1 2CD | amira  KHAN | 2012-01-01 | ab12cd | - | NAME+BIRTH_DATE+POSTCODE",
        "CHILD | Amira Khan | 2012-01-01 | - | Amira Khan | 2012-01-01 | AB1 2CD | - | NAME+BIRTH_DATE",
        "CHILD | Amira Khan | 2012-01-01 | AB1 2CD | Amira Khan | 2012-01-01 | ZZ9 9ZZ | - | NAME+BIRTH_DATE",
        "CHILD | Zoë Brontë | 2012-01-01 | - | Zoe Bronte | 2012-01-01 | - | - | NAME+BIRTH_DATE",
        "CHILD | Martin Taylor | 2011-12-13 | G6T 3BF | Damian Taylor | 2011-12-13 | G6T 3BF | - | LAST_NAME+BIRTH_DATE+POSTCODE",
        "CHILD | Martin Taylor | 2011-12-13 | G6T 3BF | Damian Taylor | 2011-12-13 | - | - | none",
        "CHILD | Amira Khan | 2012-01-01 | - | Amira Khan | 2012-01-02 | - | - | none",
        "CHILD | Amira Khan | - | - | Amira Khan | - | - | - | none",
        "FAMILY | Mrs Dana Cole | 1980-05-05 | - | Dana Cole | 1980-05-05 | - | - | NAME+BIRTH_DATE",
        "PROFESSIONAL | Mr Dominic Black | - | - | Dominic Black | - | - | ag1 | NAME+AGENCY",
        "PROFESSIONAL | Dominic Black | - | - | Dominic Black | - | - | ag2 | none",
      })
  void shouldSuggestPairsThatLookAlikeAndNothingElse(
      String kind,
      String nameX,
      String bornX,
      String postcodeX,
      String nameY,
      String bornY,
      String postcodeY,
      String agencies,
      String evidence) {
    String agencyX = agencies == null ? null : "ag1";
    String agencyY = agencies;
    List<Person> people =
        List.of(
            person(
                "p1", kind, nameX, bornX, postcodeX, kind.equals("PROFESSIONAL") ? agencyX : null),
            person(
                "p2", kind, nameY, bornY, postcodeY, kind.equals("PROFESSIONAL") ? agencyY : null));

    List<IdentityCandidates.Candidate> found =
        new IdentityCandidates(people, Set.of()).candidates();

    if (evidence.equals("none")) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found)
          .singleElement()
          .satisfies(
              c -> {
                assertThat(c.key()).isEqualTo("p1|p2");
                assertThat(String.join("+", c.evidence().stream().map(Enum::name).toList()))
                    .isEqualTo(evidence);
              });
    }
  }

  @ParameterizedTest(name = "rejected {0}")
  @CsvSource({"p1|p2", "p2|p1"})
  void shouldLeaveOutAPairAnAnalystRejected(String rejected) {
    List<Person> people =
        List.of(
            person("p1", "CHILD", "Amira Khan", "2012-01-01", null, null),
            person("p2", "CHILD", "Amira Khan", "2012-01-01", null, null),
            person("p3", "CHILD", "Amira Khan", "2012-01-01", null, null));
    String[] ids = rejected.split("\\|");

    List<IdentityCandidates.Candidate> found =
        new IdentityCandidates(people, Set.of(IdentityCandidates.pairKey(ids[0], ids[1])))
            .candidates();

    assertThat(found)
        .extracting(IdentityCandidates.Candidate::key)
        .containsExactly("p1|p3", "p2|p3");
  }
}
