package org.sgnet.sources.annexa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sgnet.sources.annexa.TestWorkbook.NA;
import static org.sgnet.sources.annexa.TestWorkbook.row;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sgnet.SgnetException;
import org.sgnet.bundle.Event;
import org.sgnet.bundle.EventType;
import org.sgnet.bundle.LegalBasis;
import org.sgnet.bundle.MeetingSubtype;
import org.sgnet.bundle.PersonKind;
import org.sgnet.bundle.Tie;
import org.sgnet.bundle.TieType;
import org.sgnet.sources.Conversion;
import org.sgnet.sources.SourceError;
import org.sgnet.sources.SourceOptions;
import org.sgnet.sources.SourcePerson;
import org.sgnet.sources.SourceRecords;

class AnnexAAdapterTest {

  static final List<Object> CONTACTS =
      row(
          "Child Unique ID",
          "Gender",
          "Ethnicity",
          "Date of Birth",
          "Age",
          "Date of Contact",
          "Contact Source");
  static final List<Object> REFERRALS =
      row(
          "Child Unique ID",
          "Gender",
          "Ethnicity",
          "Date of Birth",
          "Age",
          "Date of Referral",
          "Referral Source",
          "Referral NFA?",
          "Number of Referrals in Last 12 Months",
          "Allocated Team",
          "Allocated Worker");
  static final List<Object> ASSESSMENTS =
      row(
          "Child Unique ID",
          "Gender",
          "Ethnicity",
          "Date of Birth",
          "Age",
          "Continuous Assessment Start Date",
          "Continuous Assessment Date of Authorisation",
          "Allocated Team",
          "Allocated Worker");
  static final List<Object> SECTION_47 =
      row(
          "Child Unique ID",
          "Ethnicity",
          "Strategy discussion initiating Section 47 Enquiry Start Date",
          "Was an Initial Child Protection Conference deemed unnecessary?",
          "Date of Initial Child Protection Conference",
          "Did the Initial Child Protection Conference Result in a Child Protection Plan",
          "Number of ICPCs in the last 12 months",
          "Allocated Team",
          "Allocated Worker");
  static final List<Object> CHILDREN_IN_NEED =
      row(
          "Child Unique ID",
          "Ethnicity",
          "CIN Start Date",
          "Primary Need Code",
          "Date Child Was Last Seen",
          "CIN Closure Date",
          "Reason for Closure",
          "Allocated Team",
          "Allocated Worker");
  static final List<Object> CHILD_PROTECTION =
      row(
          "Child Unique ID",
          "Ethnicity",
          "Child Protection Plan Start Date",
          "Initial Category of Abuse",
          "Latest Category of Abuse",
          "Date of the Last Statutory Visit",
          "Was the Child Seen Alone?",
          "Date of latest review conference",
          "Child Protection Plan End Date",
          "Allocated Team",
          "Allocated Worker");
  static final List<Object> LOOKED_AFTER =
      row(
          "Child Unique ID",
          "Ethnicity",
          "Date of Birth",
          "Date Started to be Looked After",
          "Start date of current legal status",
          "Child's Legal Status",
          "Date of Latest Statutory Review",
          "Date Ceased to be Looked After",
          "Reason Ceased to be Looked After",
          "Start Date of Most Recent Placement",
          "Placement Type",
          "Placement postcode",
          "URN of Placement",
          "Allocated Team",
          "Allocated Worker");
  static final List<Object> ADOPTION =
      row(
          "Child Unique ID",
          "Family identifier",
          "Ethnicity",
          "Date the Child Entered Care",
          "Date of Decision that Child Should be Placed for Adoption",
          "Date of Placement Order",
          "Date of Matching Child and Prospective Adopters",
          "Date Placed for Adoption",
          "Date of Adoption Order ",
          "Date of Decision that Child Should No Longer be Placed for Adoption",
          "Reason Why Child No Longer Placed for Adoption");

  static final LocalDate D = LocalDate.of(2020, 9, 16);

  @TempDir Path dir;

  private SourceRecords read(TestWorkbook workbook) throws IOException {
    return new AnnexAAdapter()
        .read(List.of(workbook.write(dir, "annex.xlsx")), new SourceOptions("303"));
  }

  private static List<Event> events(SourceRecords r, EventType type) {
    return r.events().stream().map(e -> e.row()).filter(e -> e.type() == type).toList();
  }

  private static List<Tie> ties(SourceRecords r, TieType type) {
    return r.ties().stream().map(t -> t.row()).filter(t -> t.type() == type).toList();
  }

  private static List<String> errors(SourceRecords r) {
    return r.errors().stream().map(SourceError::toString).toList();
  }

  @Test
  void shouldReadDatesWrittenAsDateCellsDayNumbersAndText() throws IOException {
    SourceRecords r =
        read(
            new TestWorkbook()
                .sheet(
                    "List 1",
                    List.of(
                        CONTACTS,
                        row(101, "a) Male", "a) WBRI", null, null, D, "q) 6: Police"),
                        row("102", "b) Female", "a) WBRI", null, null, 44090, "q) 6: Police"),
                        row("103", "b) Female", "a) WBRI", null, null, "16/09/2020", "t) 9"),
                        row("104", "b) Female", "a) WBRI", null, null, "2020-09-16", "6"))));

    assertThat(errors(r)).isEmpty();
    assertThat(events(r, EventType.CIRCUMSTANCES_CHANGED))
        .extracting(Event::id, Event::date)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("annexa-101-l1r2-contact", D),
            org.assertj.core.groups.Tuple.tuple("annexa-102-l1r3-contact", D),
            org.assertj.core.groups.Tuple.tuple("annexa-103-l1r4-contact", D),
            org.assertj.core.groups.Tuple.tuple("annexa-104-l1r5-contact", D));
    assertThat(events(r, EventType.CIRCUMSTANCES_CHANGED).get(0).summary())
        .isEqualTo("Contact received by children's social care from 6 (Police)");
    assertThat(r.events().get(0).at().toString()).isEqualTo("annex-a:annex.xlsx:List 1!2");
    assertThat(r.recordsByFile()).containsEntry("annex.xlsx", 4);
  }

  @Test
  void shouldComputeADateFormulaThatTheWorkbookCarriesNoResultFor() throws IOException {
    // Saved by a program that does not compute formulas: read as stored, the cell would be 0,
    // the date 1899-12-31.
    SourceRecords r =
        read(
            new TestWorkbook()
                .sheet(
                    "List 1",
                    List.of(
                        CONTACTS,
                        row(
                            "101",
                            "a) Male",
                            "a) WBRI",
                            null,
                            null,
                            new TestWorkbook.DateFormula("DATE(2020,9,16)"),
                            "q) 6: Police"))));

    assertThat(errors(r)).isEmpty();
    assertThat(events(r, EventType.CIRCUMSTANCES_CHANGED))
        .extracting(Event::date)
        .containsExactly(LocalDate.of(2020, 9, 16));
  }

  @Test
  void shouldMapTheChildWithTheAuthoritysIdentifierAndNoName() throws IOException {
    SourceRecords r =
        read(
            new TestWorkbook()
                .sheet(
                    "List 1",
                    List.of(
                        CONTACTS,
                        row(
                            " 101 ",
                            "a) Male",
                            "a) WBRI",
                            LocalDate.of(2010, 1, 2),
                            10,
                            D,
                            "6: Police"))));

    SourcePerson child = r.people().get(0);
    assertThat(child.id()).isEqualTo("annexa-101");
    assertThat(child.kind()).isEqualTo(PersonKind.CHILD);
    assertThat(child.name()).isNull();
    assertThat(child.birthDate()).isEqualTo(LocalDate.of(2010, 1, 2));
    assertThat(child.identifiers()).containsExactly("la-child:303:101");
    assertThat(r.agencies())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.id()).isEqualTo("la-303");
              assertThat(a.name()).isEqualTo("Local authority 303 children's social care");
            });
  }

  @Test
  void shouldFindTheHeaderRowBelowTitleRowsAndSkipTrailingEmptyRows() throws IOException {
    TestWorkbook workbook =
        new TestWorkbook()
            .sheet(
                "Referrals",
                2,
                List.of(
                    REFERRALS,
                    row(
                        "201",
                        "a) Male",
                        "a) WBRI",
                        null,
                        null,
                        D,
                        "e) 2A: Schools",
                        "b) No",
                        0,
                        "Locality 1",
                        "Ann Worker")))
            .trailingEmptyRows("Referrals", 5);
    workbook.sheet("Notes", List.of(row("Annex A return, prepared for inspection")));
    SourceRecords r = read(workbook);

    assertThat(errors(r)).isEmpty();
    assertThat(r.recordsByFile()).containsEntry("annex.xlsx", 1);
    assertThat(r.events().get(0).at().where()).isEqualTo("Referrals!4");
    assertThat(r.events().get(0).row().id()).isEqualTo("annexa-201-l3r4-referral");
  }

  @Test
  void shouldMapTheAllocatedWorkerToAProfessionalInvolvedFromTheReferral() throws IOException {
    SourceRecords r =
        read(
            new TestWorkbook()
                .sheet(
                    "List 3",
                    List.of(
                        REFERRALS,
                        row(
                            "201",
                            "a) Male",
                            "a) WBRI",
                            null,
                            null,
                            D,
                            "6",
                            "Yes",
                            0,
                            "Duty Team",
                            "Ann\u00a0Worker"),
                        row(
                            "202",
                            "a) Male",
                            "a) WBRI",
                            null,
                            null,
                            D,
                            "6",
                            "N",
                            0,
                            "Duty Team",
                            " Ann  Worker "))));

    List<SourcePerson> workers =
        r.people().stream().filter(p -> p.kind() == PersonKind.PROFESSIONAL).toList();
    assertThat(workers).extracting(SourcePerson::id).containsOnly(workers.get(0).id());
    assertThat(workers.get(0).name()).isEqualTo("Ann Worker");
    assertThat(workers.get(0).role()).isEqualTo("Duty Team");
    assertThat(workers.get(0).agencyId()).isEqualTo("la-303");
    assertThat(ties(r, TieType.INVOLVED))
        .extracting(Tie::toId, Tie::startDate, Tie::endDate, Tie::lead)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("annexa-201", D, null, false),
            org.assertj.core.groups.Tuple.tuple("annexa-202", D, null, false));
    assertThat(events(r, EventType.CIRCUMSTANCES_CHANGED).get(0).summary())
        .isEqualTo("Referral to children's social care from 6 (Police); no further action");
  }

  @Test
  void shouldTreatAnErrorCellOrUnallocatedAsNoWorker() throws IOException {
    SourceRecords r =
        read(
            new TestWorkbook()
                .sheet(
                    "List 6",
                    List.of(
                        CHILDREN_IN_NEED,
                        row("301", "a) WBRI", D, "N1 - Abuse or Neglect", null, null, null, NA, NA),
                        row("302", "a) WBRI", D, "N4", null, null, null, "Team", "Unallocated"))));

    assertThat(errors(r)).isEmpty();
    assertThat(r.people()).allMatch(p -> p.kind() == PersonKind.CHILD);
    assertThat(events(r, EventType.DECISION))
        .extracting(Event::value)
        .containsExactly(
            "Child in need episode started; primary need N1 (Abuse or neglect)",
            "Child in need episode started; primary need N4 (Family in acute stress)");
  }

  @Test
  void shouldMapSection20LegalStatusToVoluntaryPlacement() throws IOException {
    SourceRecords r =
        read(
            new TestWorkbook()
                .sheet(
                    "List 8",
                    List.of(
                        LOOKED_AFTER,
                        row(
                            "401",
                            "a) WBRI",
                            null,
                            LocalDate.of(2019, 1, 1),
                            LocalDate.of(2019, 2, 1),
                            "V2: Single period under S20",
                            LocalDate.of(2020, 3, 1),
                            null,
                            null,
                            LocalDate.of(2019, 1, 1),
                            "f) U6: Foster placement - not FFA",
                            "AB1 2CD",
                            null,
                            "CiC 1",
                            "Bo Worker"))));

    assertThat(errors(r)).isEmpty();
    Tie placed = ties(r, TieType.PLACED_WITH).get(0);
    assertThat(placed.legalBasis()).isEqualTo(LegalBasis.S20_VOLUNTARY);
    // The basis holds from the later of the placement's and the legal status's starts.
    assertThat(placed.startDate()).isEqualTo(LocalDate.of(2019, 2, 1));
    assertThat(placed.endDate()).isNull();
    assertThat(placed.extra())
        .containsEntry("x_legal_status", "V2")
        .containsEntry("x_placement_type", "U6");
    SourcePerson carer =
        r.people().stream().filter(p -> p.id().equals(placed.toId())).findFirst().orElseThrow();
    assertThat(carer.id()).isEqualTo("annexa-placement-401-2019-02-01");
    assertThat(carer.kind()).isEqualTo(PersonKind.CARER);
    assertThat(carer.role()).isEqualTo("Foster carer (U6)");
    assertThat(carer.postcode()).isNull();
    assertThat(events(r, EventType.MEETING))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.subtype()).isEqualTo(MeetingSubtype.LOOKED_AFTER_REVIEW);
              assertThat(e.date()).isEqualTo(LocalDate.of(2020, 3, 1));
            });
  }

  @Test
  void shouldShareAnEstablishmentByItsUrnAndEndThePlacementWhenCareCeased() throws IOException {
    List<Object> first =
        row(
            "501",
            null,
            null,
            LocalDate.of(2019, 1, 1),
            LocalDate.of(2019, 1, 1),
            "C2",
            null,
            LocalDate.of(2020, 1, 1),
            "E4A: Returned home",
            LocalDate.of(2019, 1, 1),
            "p) K2: Children's Homes",
            null,
            "SC123456",
            null,
            null);
    List<Object> second =
        row(
            "502",
            null,
            null,
            LocalDate.of(2019, 5, 1),
            LocalDate.of(2019, 5, 1),
            "C1: ICO",
            null,
            null,
            null,
            LocalDate.of(2019, 5, 1),
            "K2",
            null,
            "SC123456",
            null,
            null);
    SourceRecords r =
        read(new TestWorkbook().sheet("List 8", List.of(LOOKED_AFTER, first, second)));

    assertThat(errors(r)).isEmpty();
    assertThat(ties(r, TieType.PLACED_WITH))
        .extracting(Tie::fromId, Tie::toId, Tie::legalBasis, Tie::endDate)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "annexa-501",
                "annexa-urn-SC123456",
                LegalBasis.CARE_ORDER,
                LocalDate.of(2020, 1, 1)),
            org.assertj.core.groups.Tuple.tuple(
                "annexa-502", "annexa-urn-SC123456", LegalBasis.INTERIM_CARE_ORDER, null));
    assertThat(events(r, EventType.DECISION))
        .extracting(Event::value)
        .containsExactly(
            "Ceased to be looked after: E4A (Returned home to live with parents or relatives,"
                + " as planned)");
  }

  @Test
  void shouldMapAChildProtectionPlanToDecisionsRisksVisitAndReview() throws IOException {
    SourceRecords r =
        read(
            new TestWorkbook()
                .sheet(
                    "List 7",
                    List.of(
                        CHILD_PROTECTION,
                        row(
                            "601",
                            "a) WBRI",
                            LocalDate.of(2020, 1, 10),
                            "a) Neglect",
                            "Emotional abuse",
                            LocalDate.of(2020, 6, 1),
                            "b) No",
                            LocalDate.of(2020, 4, 1),
                            LocalDate.of(2020, 7, 1),
                            "Unit 1",
                            "Cy Worker"),
                        row(
                            "602",
                            "a) WBRI",
                            LocalDate.of(2020, 1, 10),
                            "PHY",
                            "PHY",
                            LocalDate.of(2020, 6, 1),
                            "Y",
                            null,
                            null,
                            "Unit 1",
                            "Cy Worker"),
                        row(
                            "603",
                            "a) WBRI",
                            LocalDate.of(2020, 1, 10),
                            "SAB",
                            null,
                            LocalDate.of(2020, 6, 1),
                            "c) Unknown",
                            null,
                            null,
                            "Unit 1",
                            "Cy Worker"))));

    assertThat(errors(r)).isEmpty();
    assertThat(events(r, EventType.RISK))
        .extracting(Event::subjectId, Event::value, Event::date)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("annexa-601", "NEGLECT", LocalDate.of(2020, 1, 10)),
            org.assertj.core.groups.Tuple.tuple("annexa-601", "OTHER", LocalDate.of(2020, 4, 1)),
            org.assertj.core.groups.Tuple.tuple("annexa-602", "OTHER", LocalDate.of(2020, 1, 10)),
            org.assertj.core.groups.Tuple.tuple("annexa-603", "OTHER", LocalDate.of(2020, 1, 10)));
    // "Unknown" says nothing of whether the child was seen alone: no visit is made of it.
    assertThat(events(r, EventType.VISIT))
        .extracting(Event::subjectId, Event::seenAlone)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("annexa-601", false),
            org.assertj.core.groups.Tuple.tuple("annexa-602", true));
    assertThat(events(r, EventType.VISIT).get(0).recordedBy()).startsWith("annexa-worker-");
    assertThat(events(r, EventType.MEETING))
        .singleElement()
        .extracting(Event::subtype)
        .isEqualTo(MeetingSubtype.RISK_MANAGEMENT);
    assertThat(events(r, EventType.DECISION))
        .filteredOn(e -> e.subjectId().equals("annexa-601"))
        .extracting(Event::value, Event::date)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Child protection plan started", LocalDate.of(2020, 1, 10)),
            org.assertj.core.groups.Tuple.tuple(
                "Child protection plan ended", LocalDate.of(2020, 7, 1)));
    assertThat(ties(r, TieType.INVOLVED).get(0).endDate()).isEqualTo(LocalDate.of(2020, 7, 1));
  }

  @Test
  void shouldMapASection47EnquiryToAStrategyMeetingAndAConference() throws IOException {
    SourceRecords r =
        read(
            new TestWorkbook()
                .sheet(
                    "List 5",
                    List.of(
                        SECTION_47,
                        row(
                            "701",
                            "a) WBRI",
                            D,
                            "No",
                            LocalDate.of(2020, 10, 1),
                            "Yes",
                            1,
                            "Duty",
                            "Di Worker"))));

    assertThat(errors(r)).isEmpty();
    assertThat(events(r, EventType.MEETING))
        .extracting(Event::subtype, Event::date)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(MeetingSubtype.STRATEGY, D),
            org.assertj.core.groups.Tuple.tuple(
                MeetingSubtype.RISK_MANAGEMENT, LocalDate.of(2020, 10, 1)));
    assertThat(events(r, EventType.MEETING).get(0).participants())
        .containsExactly(events(r, EventType.MEETING).get(0).recordedBy());
    assertThat(events(r, EventType.DECISION))
        .extracting(Event::value)
        .containsExactly("Initial child protection conference: child protection plan");
  }

  @Test
  void shouldRecordEachEthnicityOnceAtItsEarliestDate() throws IOException {
    SourceRecords r =
        read(
            new TestWorkbook()
                .sheet(
                    "List 1",
                    List.of(
                        CONTACTS,
                        row("801", null, "a) WBRI", null, null, LocalDate.of(2020, 5, 1), "6"),
                        row("802", null, "s) NOBT", null, null, LocalDate.of(2020, 5, 1), "6")))
                .sheet(
                    "List 4",
                    List.of(
                        ASSESSMENTS,
                        row(
                            "801",
                            null,
                            "WBRI",
                            null,
                            null,
                            LocalDate.of(2020, 1, 1),
                            LocalDate.of(2020, 2, 1),
                            "T",
                            "W"),
                        row(
                            "801",
                            null,
                            "b) WIRI",
                            null,
                            null,
                            LocalDate.of(2020, 3, 1),
                            null,
                            "T",
                            "W"))));

    assertThat(errors(r)).isEmpty();
    assertThat(events(r, EventType.ETHNICITY_RECORDED))
        .extracting(Event::id, Event::value, Event::date)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "annexa-801-eth-WBRI", "WBRI", LocalDate.of(2020, 1, 1)),
            org.assertj.core.groups.Tuple.tuple(
                "annexa-801-eth-WIRI", "WIRI", LocalDate.of(2020, 3, 1)));
    assertThat(events(r, EventType.ASSESSMENT))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.date()).isEqualTo(LocalDate.of(2020, 2, 1));
              assertThat(e.participants()).containsExactly(e.recordedBy());
            });
  }

  @Test
  void shouldMapAnAdoptionToAPlacementThenParentalResponsibility() throws IOException {
    SourceRecords r =
        read(
            new TestWorkbook()
                .sheet(
                    "List 10",
                    List.of(
                        ADOPTION,
                        row(
                            "901",
                            "F77",
                            "a) WBRI",
                            LocalDate.of(2018, 1, 1),
                            LocalDate.of(2018, 3, 1),
                            LocalDate.of(2018, 6, 1),
                            LocalDate.of(2018, 9, 1),
                            LocalDate.of(2018, 10, 1),
                            LocalDate.of(2019, 4, 1),
                            null,
                            null))));

    assertThat(errors(r)).isEmpty();
    assertThat(ties(r, TieType.PLACED_WITH))
        .extracting(Tie::toId, Tie::startDate, Tie::endDate, Tie::legalBasis)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "annexa-adopters-F77",
                LocalDate.of(2018, 10, 1),
                LocalDate.of(2019, 4, 1),
                LegalBasis.CARE_ORDER));
    assertThat(ties(r, TieType.PARENT))
        .extracting(Tie::fromId, Tie::startDate, Tie::parentalResponsibility)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "annexa-adopters-F77", LocalDate.of(2019, 4, 1), true));
    assertThat(events(r, EventType.DECISION)).hasSize(4);
  }

  @ParameterizedTest(name = "{0} in column {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "31/02/2020 | 6 | List 1!2: field Date of Contact (column F): is not a date (dd/mm/yyyy"
            + " or yyyy-mm-dd)",
        "'' | 6 | List 1!2: field Date of Contact (column F): must not be empty: expected a date",
        "X12: Martian | 7 | List 1!2: field Contact Source (column G): 'X12' is not a contact"
            + " source code that sgnet maps",
        "ZZZZ | 3 | List 1!2: field Ethnicity (column C): 'ZZZZ' is not a ethnicity code",
        "'' | 1 | List 1!2: field Child Unique ID (column A): must not be empty",
        "A/B | 1 | List 1!2: field Child Unique ID (column A): is not an id sgnet can keep: 1 to"
            + " 24 letters, digits and . _ -",
        "1234567890123456789012345 | 1 | List 1!2: field Child Unique ID (column A): is not an id"
            + " sgnet can keep: 1 to 24 letters, digits and . _ -",
      })
  void shouldRefuseABadFieldNamingSheetRowAndColumn(String value, int column, String expected)
      throws IOException {
    List<Object> bad = row("1001", "a) Male", "a) WBRI", LocalDate.of(2011, 4, 5), 9, D, "6");
    bad.set(column - 1, value);
    SourceRecords r = read(new TestWorkbook().sheet("List 1", List.of(CONTACTS, bad)));

    assertThat(errors(r)).singleElement().asString().startsWith("annex.xlsx:" + expected);
    assertThat(r.events()).isEmpty();
    assertThat(r.people()).isEmpty();
    assertThat(r.recordsByFile()).containsEntry("annex.xlsx", 1);
  }

  @Test
  void shouldRefuseAnUnknownLegalStatusAndGoOnWithTheNextRow() throws IOException {
    SourceRecords r =
        read(
            new TestWorkbook()
                .sheet(
                    "List 8",
                    List.of(
                        LOOKED_AFTER,
                        row(
                            "1101",
                            null,
                            null,
                            LocalDate.of(2019, 1, 1),
                            null,
                            "X9: Unheard of",
                            null,
                            null,
                            null,
                            null,
                            "U6",
                            null,
                            null,
                            null,
                            null),
                        row(
                            "1102",
                            null,
                            null,
                            LocalDate.of(2019, 1, 1),
                            null,
                            "V3",
                            null,
                            null,
                            null,
                            null,
                            "q) R1: Residential Care Home",
                            null,
                            null,
                            null,
                            null))));

    assertThat(errors(r))
        .singleElement()
        .asString()
        .startsWith(
            "annex.xlsx:List 8!2: field Child's Legal Status (column F): 'X9' is not a legal"
                + " status code that sgnet maps (known: C1, C2, D1, E1, J1");
    assertThat(ties(r, TieType.PLACED_WITH))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.fromId()).isEqualTo("annexa-1102");
              assertThat(t.legalBasis()).isEqualTo(LegalBasis.S20_VOLUNTARY);
              assertThat(t.startDate()).isNull();
            });
  }

  @Test
  void shouldRefuseAPeriodThatEndsBeforeItStarts() throws IOException {
    SourceRecords r =
        read(
            new TestWorkbook()
                .sheet(
                    "List 7",
                    List.of(
                        CHILD_PROTECTION,
                        row(
                            "1201",
                            "a) WBRI",
                            LocalDate.of(2020, 5, 1),
                            "NEG",
                            null,
                            null,
                            null,
                            null,
                            LocalDate.of(2020, 4, 1),
                            "Unit",
                            "Ed Worker"))));

    assertThat(errors(r))
        .containsExactly(
            "annex.xlsx:List 7!2: field Child Protection Plan End Date (column I): is before the"
                + " date the period starts");
  }

  @Test
  void shouldRefuseASheetThatLacksARequiredColumn() throws IOException {
    SourceRecords r =
        read(
            new TestWorkbook()
                .sheet(
                    "List 8",
                    List.of(
                        row("Child Unique ID", "Date Started to be Looked After", "Placement Type"),
                        row("1301", D, "U6"))));

    assertThat(errors(r))
        .containsExactly(
            "annex.xlsx:List 8!1: List 8 (children looked after) lacks the column(s) Child's"
                + " Legal Status: its rows are not read");
    assertThat(r.recordsByFile()).containsExactly(java.util.Map.entry("annex.xlsx", 0));
  }

  @Test
  void shouldKeepPersonalValuesOutOfErrorMessages() throws IOException {
    SourceRecords r =
        read(
            new TestWorkbook()
                .sheet(
                    "List 3",
                    List.of(
                        REFERRALS,
                        row(
                            "SECRET77",
                            "a) Male",
                            "a) WBRI",
                            "29/02/2011",
                            null,
                            "1999-13-01",
                            "6",
                            "Perhaps",
                            0,
                            "Team",
                            "Fay Secretname"))));

    assertThat(errors(r)).hasSize(3);
    assertThat(String.join("\n", errors(r)))
        .doesNotContain("SECRET77", "Secretname", "1999", "2011")
        .contains("Date of Birth (column D): is not a date")
        .contains("Date of Referral (column F): is not a date")
        // A word in a code's column may be a name from a shifted column: it is not repeated.
        .contains("Referral NFA? (column H): is not a yes/no code")
        .doesNotContain("Perhaps");
  }

  @Test
  void shouldRefuseAFileThatIsNoWorkbook() throws IOException {
    Path csv = Files.writeString(dir.resolve("annex.xlsx"), "Child Unique ID,Date of Contact\n");

    assertThatThrownBy(() -> new AnnexAAdapter().read(List.of(csv), SourceOptions.defaults()))
        .isInstanceOf(SgnetException.class)
        .hasMessage("annex.xlsx:1: not an Annex A workbook: not an Excel file")
        .extracting(e -> ((SgnetException) e).kind())
        .isEqualTo(SgnetException.Kind.INVALID_INPUT);
  }

  @Test
  void shouldRefuseAnEmptyFileAndACutShortWorkbookAsInvalidInputNamingTheFile() throws IOException {
    Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
    Path whole =
        new TestWorkbook()
            .sheet("List 1", List.of(CONTACTS, row("101", "a) Male", "a) WBRI", null, null, D)))
            .write(dir, "whole.xlsx");
    byte[] bytes = Files.readAllBytes(whole);
    Path cut =
        Files.write(dir.resolve("cut.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

    assertThatThrownBy(() -> new AnnexAAdapter().read(List.of(empty), SourceOptions.defaults()))
        .isInstanceOf(SgnetException.class)
        .hasMessage("empty.xlsx:1: not an Annex A workbook: the file is empty")
        .extracting(e -> ((SgnetException) e).kind())
        .isEqualTo(SgnetException.Kind.INVALID_INPUT);
    assertThatThrownBy(() -> new AnnexAAdapter().read(List.of(cut), SourceOptions.defaults()))
        .isInstanceOf(SgnetException.class)
        .hasMessageStartingWith("cut.xlsx:1: not an Annex A workbook: the workbook is damaged")
        .extracting(e -> ((SgnetException) e).kind())
        .isEqualTo(SgnetException.Kind.INVALID_INPUT);
  }

  @Test
  void shouldRefuseAWorkbookWithNoAnnexAList() throws IOException {
    Path file =
        new TestWorkbook()
            .sheet("Staff", List.of(row("Name", "Team"), row("Gus", "Unit 1")))
            .write(dir, "other.xlsx");

    assertThatThrownBy(() -> new AnnexAAdapter().read(List.of(file), SourceOptions.defaults()))
        .isInstanceOf(SgnetException.class)
        .hasMessageStartingWith("other.xlsx:1: not an Annex A workbook: no sheet has a header row");
  }

  @Test
  void shouldReadTheWorkbooksOfAFolderTwiceWithTheSameIds() throws IOException {
    new TestWorkbook()
        .sheet("List 1", List.of(CONTACTS, row("1401", null, "a) WBRI", null, null, D, "6")))
        .write(dir, "annex.xlsx");
    Files.writeString(dir.resolve("readme.txt"), "not a workbook");

    SourceRecords first = new AnnexAAdapter().read(List.of(dir), SourceOptions.defaults());
    SourceRecords second = new AnnexAAdapter().read(List.of(dir), SourceOptions.defaults());

    assertThat(first.events()).hasSize(2);
    assertThat(first.events().stream().map(e -> e.row().id()).toList())
        .isEqualTo(second.events().stream().map(e -> e.row().id()).toList());
    assertThat(first.people().get(0).identifiers()).containsExactly("la-child:local:1401");
  }

  @Test
  void shouldConvertEveryListIntoABundleTheReaderAccepts() throws IOException {
    Path file =
        new TestWorkbook()
            .sheet("List 1", List.of(CONTACTS, row("1", null, "a) WBRI", null, null, D, "6")))
            .sheet(
                "List 3",
                List.of(
                    REFERRALS,
                    row("1", null, null, null, null, D, "6", "No", 1, "Duty", "Al Worker")))
            .sheet(
                "List 4",
                List.of(
                    ASSESSMENTS,
                    row(
                        "1",
                        null,
                        null,
                        null,
                        null,
                        D,
                        LocalDate.of(2020, 10, 1),
                        "Duty",
                        "Al Worker")))
            .sheet(
                "List 5",
                List.of(
                    SECTION_47,
                    row(
                        "1",
                        null,
                        D,
                        "No",
                        LocalDate.of(2020, 10, 2),
                        "No",
                        1,
                        "Duty",
                        "Al Worker")))
            .sheet(
                "List 6",
                List.of(
                    CHILDREN_IN_NEED,
                    row(
                        "1",
                        null,
                        D,
                        "N2",
                        null,
                        LocalDate.of(2020, 12, 1),
                        "RC8 - closed",
                        "Unit",
                        "Al Worker")))
            .sheet(
                "List 7",
                List.of(
                    CHILD_PROTECTION,
                    row(
                        "1",
                        null,
                        D,
                        "NEG",
                        "MUL",
                        LocalDate.of(2020, 10, 3),
                        "Yes",
                        LocalDate.of(2020, 11, 1),
                        null,
                        "Unit",
                        "Al Worker")))
            .sheet(
                "List 8",
                List.of(
                    LOOKED_AFTER,
                    row(
                        "1",
                        null,
                        null,
                        D,
                        D,
                        "E1",
                        D,
                        LocalDate.of(2021, 1, 1),
                        "E11",
                        D,
                        "A6",
                        null,
                        null,
                        "CiC",
                        "Bea Worker")))
            .sheet(
                "List 9",
                List.of(
                    row(
                        "Child Unique ID",
                        "Ethnicity",
                        "Allocated Team",
                        "Allocated Worker",
                        "Allocated Personal Advisor",
                        "Eligibility Category",
                        "Latest Pathway Plan Review Date"),
                    row(
                        "2",
                        "OOTH",
                        "Leaving care",
                        "Cal Worker",
                        "Dee Adviser",
                        "b) Former relevant child",
                        D)))
            .sheet(
                "List 10",
                List.of(
                    ADOPTION,
                    row("1", "F1", null, D, D, D, D, D, LocalDate.of(2021, 1, 1), null, null)))
            .sheet(
                "List 11",
                List.of(row("Individual adopter identifier", "Family identifier"), row("A1", "F1")))
            .write(dir, "all.xlsx");

    Conversion.Result result =
        new Conversion(new AnnexAAdapter(), new SourceOptions("303"))
            .convert(List.of(file), List.of(), false);

    assertThat(result.refused()).isEmpty();
    assertThat(result.recordsByFile()).containsEntry("all.xlsx", 9);
    assertThat(result.bundle().people())
        .extracting(p -> p.kind())
        .containsOnly(
            PersonKind.CHILD, PersonKind.PROFESSIONAL, PersonKind.CARER, PersonKind.FAMILY);
    assertThat(result.bundle().people()).hasSize(8);
    assertThat(result.bundle().events())
        .extracting(Event::type)
        .containsOnly(
            EventType.CIRCUMSTANCES_CHANGED,
            EventType.ASSESSMENT,
            EventType.MEETING,
            EventType.DECISION,
            EventType.RISK,
            EventType.VISIT,
            EventType.ETHNICITY_RECORDED);
    assertThat(result.bundle().ties())
        .extracting(Tie::type)
        .containsOnly(TieType.INVOLVED, TieType.PLACED_WITH, TieType.PARENT);
  }
}
