package org.sgnet.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sgnet.bundle.Event;
import org.sgnet.bundle.EventType;
import org.sgnet.bundle.Person;
import org.sgnet.bundle.PersonKind;
import org.sgnet.bundle.Sector;
import org.sgnet.bundle.Tie;
import org.sgnet.bundle.TieType;

class IdentityResolverTest {

  private static final Locator A1 = Locator.line("t", "a.csv", 2);
  private static final Locator A2 = Locator.line("t", "a.csv", 3);
  private static final Locator B1 = Locator.line("t", "b.csv", 2);

  private static SourcePerson child(String id, String name, List<String> ids, Locator at) {
    return new SourcePerson(
        id, PersonKind.CHILD, name, LocalDate.of(2012, 1, 1), null, null, ids, null, at);
  }

  private static SourceRecords records() {
    SourceRecords r = new SourceRecords("t");
    r.agency("sc", "Social care", Sector.SOCIAL_CARE, A1);
    return r;
  }

  private static Person person(IdentityResolver.Resolution r, String id) {
    return r.bundle().people().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void shouldJoinRecordsThatShareAStrongIdentifierAndKeepTheFirstId() {
    SourceRecords in = records();
    in.person(child("t-1", null, List.of("upn:A1"), A1));
    in.person(child("t-9", "Amira Khan", List.of("upn:A1", "nhs:1"), B1));

    IdentityResolver.Resolution r = new IdentityResolver(List.of()).resolve(in);

    assertThat(r.bundle().people()).singleElement().extracting(Person::id).isEqualTo("t-1");
    Person p = person(r, "t-1");
    assertThat(p.name()).isEqualTo("Amira Khan");
    assertThat(p.identifiers()).containsExactly("upn:A1", "record:t-1", "nhs:1", "record:t-9");
    assertThat(p.provenance()).containsExactly("t:a.csv:2", "t:b.csv:2");
    assertThat(r.stats().joinedInSource()).isEqualTo(1);
  }

  @Test
  void shouldNeverJoinRecordsThatOnlyLookAlike() {
    SourceRecords in = records();
    in.person(child("t-1", "Amira Khan", List.of(), A1));
    in.person(child("t-2", "Amira Khan", List.of(), A2));

    assertThat(new IdentityResolver(List.of()).resolve(in).bundle().people()).hasSize(2);
  }

  @Test
  void shouldTakeTheIdOfTheStoredPersonWhoSharesAnIdentifier() {
    Person stored =
        new Person(
            "cin-201-X1",
            PersonKind.CHILD,
            "Child cin-201-X1",
            LocalDate.of(2012, 1, 1),
            null,
            null,
            Map.of(),
            List.of("la-child:201:X1", "record:cin-201-X1"),
            null,
            List.of("cin:census.xml:/Message/Children/Child[1]"));
    SourceRecords in = records();
    in.person(child("t-5", "Amira Khan", List.of("la-child:201:X1"), A1));
    in.event(
        new Event(
            "t-e1",
            LocalDate.of(2024, 1, 1),
            EventType.RISK,
            "t-5",
            "sc",
            null,
            List.of(),
            null,
            "MISSING",
            null,
            null,
            null,
            Map.of(),
            List.of()),
        A2);

    IdentityResolver.Resolution r = new IdentityResolver(List.of(stored)).resolve(in);

    Person p = person(r, "cin-201-X1");
    // The census described the child first; the extract only fills what it left empty (the
    // made-up name).
    assertThat(p.name()).isEqualTo("Amira Khan");
    assertThat(p.identifiers())
        .containsExactly("la-child:201:X1", "record:cin-201-X1", "record:t-5");
    assertThat(p.provenance())
        .containsExactly("cin:census.xml:/Message/Children/Child[1]", "t:a.csv:2");
    assertThat(r.bundle().events())
        .singleElement()
        .extracting(Event::subjectId)
        .isEqualTo("cin-201-X1");
    assertThat(r.stats().matchedInStore()).isEqualTo(1);
  }

  @Test
  void shouldMakeOneOfTwoRecordsThatAnAnalystMergedThoughTheyShareNothingElse() {
    Person merged =
        new Person(
            "t-1",
            PersonKind.CHILD,
            "Ben Stone",
            LocalDate.of(2012, 1, 1),
            null,
            null,
            Map.of(),
            List.of("record:t-1", "record:u-7"),
            null,
            List.of("t:a.csv:2", "u:b.csv:2"));
    SourceRecords in = records();
    in.person(child("t-1", "Ben Stone", List.of(), A1));
    in.person(child("u-7", "Ben Stone", List.of(), B1));

    IdentityResolver.Resolution r = new IdentityResolver(List.of(merged)).resolve(in);

    assertThat(r.bundle().people()).singleElement().extracting(Person::id).isEqualTo("t-1");
    assertThat(r.stats().matchedInStore()).isEqualTo(1);
  }

  @Test
  void shouldKeepTheFirstSourcesValuesWhenALaterSourceDisagrees() {
    Person stored =
        new Person(
            "t-1",
            PersonKind.CHILD,
            "Amira Khan",
            LocalDate.of(2012, 1, 1),
            null,
            null,
            Map.of(),
            List.of("upn:A1", "record:t-1"),
            null,
            List.of("t:a.csv:2"));
    SourceRecords later = new SourceRecords("u");
    later.person(
        new SourcePerson(
            "u-1",
            PersonKind.CHILD,
            "Amyra Kahn",
            LocalDate.of(2012, 1, 2),
            null,
            null,
            List.of("upn:A1"),
            null,
            Locator.line("u", "u.csv", 2)));
    Person fromLater =
        new IdentityResolver(List.of(stored)).resolve(later).bundle().people().get(0);
    assertThat(fromLater.name()).isEqualTo("Amira Khan");
    assertThat(fromLater.birthDate()).isEqualTo(LocalDate.of(2012, 1, 1));

    // The first source read again (corrected) updates its own values.
    SourceRecords again = records();
    again.person(child("t-1", "Amira Khan-Ali", List.of("upn:A1"), A1));
    Person corrected =
        new IdentityResolver(List.of(stored)).resolve(again).bundle().people().get(0);
    assertThat(corrected.name()).isEqualTo("Amira Khan-Ali");
  }

  @Test
  void shouldRefuseToTakeOverAnotherAuthoritysChildWithTheSameSourceId() {
    Person other =
        new Person(
            "t-1",
            PersonKind.CHILD,
            "Child t-1",
            null,
            null,
            null,
            Map.of(),
            List.of("la-child:201:1", "record:t-1"),
            null,
            List.of("t:a.csv:2"));
    SourceRecords in = records();
    in.person(child("t-1", null, List.of("la-child:975:1"), A1));

    IdentityResolver.Resolution r = new IdentityResolver(List.of(other)).resolve(in);

    assertThat(r.bundle().people()).isEmpty();
    assertThat(r.refused())
        .singleElement()
        .hasToString(
            "a.csv:2: has the id of t-1, a child of another authority in the store (their"
                + " authorities' child ids differ); returns of two authorities with the same ids"
                + " need a store each");

    // The same authority's return read again is the same child, and so is a child who moved
    // with their UPN.
    SourceRecords again = records();
    again.person(child("t-1", null, List.of("la-child:201:1"), A1));
    assertThat(new IdentityResolver(List.of(other)).resolve(again).bundle().people()).hasSize(1);
    Person withUpn =
        new Person(
            "t-1",
            PersonKind.CHILD,
            "Child t-1",
            null,
            null,
            null,
            Map.of(),
            List.of("la-child:201:1", "upn:A1", "record:t-1"),
            null,
            List.of("t:a.csv:2"));
    SourceRecords moved = records();
    moved.person(child("t-1", null, List.of("la-child:975:1", "upn:A1"), A1));
    assertThat(new IdentityResolver(List.of(withUpn)).resolve(moved).bundle().people()).hasSize(1);
  }

  @Test
  void shouldRefuseARecordThatSharesIdentifiersWithTwoStoredPeople() {
    Person x =
        new Person(
            "x",
            PersonKind.CHILD,
            "X",
            null,
            null,
            null,
            Map.of(),
            List.of("upn:A1"),
            null,
            List.of());
    Person y =
        new Person(
            "y",
            PersonKind.CHILD,
            "Y",
            null,
            null,
            null,
            Map.of(),
            List.of("nhs:1"),
            null,
            List.of());
    SourceRecords in = records();
    in.person(child("t-1", null, List.of("upn:A1", "nhs:1"), A1));

    IdentityResolver.Resolution r = new IdentityResolver(List.of(x, y)).resolve(in);

    assertThat(r.bundle().people()).isEmpty();
    assertThat(r.refused())
        .singleElement()
        .hasToString(
            "a.csv:2: shares identifiers with 2 people in the store (x, y); only an analyst may"
                + " make them one person: sgnet identities confirm A B");
  }

  @Test
  void shouldRefuseWhatRefersToARefusedOrMissingPersonSoEveryRefusalLeavesATrace() {
    SourceRecords in = records();
    in.person(child("t-1", null, List.of(), A1));
    in.tie(
        new Tie(TieType.SIBLING, "t-1", "t-2", null, null, null, null, null, Map.of(), List.of()),
        A2);
    in.event(
        new Event(
            "t-e1",
            LocalDate.of(2024, 1, 1),
            EventType.VISIT,
            "t-2",
            "sc",
            null,
            List.of(),
            null,
            null,
            null,
            false,
            null,
            Map.of(),
            List.of()),
        B1);

    IdentityResolver.Resolution r = new IdentityResolver(List.of()).resolve(in);

    assertThat(r.refused())
        .extracting(SourceError::toString)
        .containsExactly(
            "a.csv:3: names a person whom no record of the source defines, or whose record was"
                + " refused",
            "b.csv:2: is about a child whom no record of the source defines, or whose record was"
                + " refused");
  }

  @Test
  void shouldRefuseTwoRecordsOfOnePersonThatDisagreeOnTheKind() {
    SourceRecords in = records();
    in.person(child("t-1", null, List.of("upn:A1"), A1));
    in.person(
        new SourcePerson(
            "t-2", PersonKind.FAMILY, null, null, null, null, List.of("upn:A1"), null, A2));

    IdentityResolver.Resolution r = new IdentityResolver(List.of()).resolve(in);

    assertThat(r.bundle().people()).isEmpty();
    assertThat(r.refused()).hasSize(2);
  }
}
