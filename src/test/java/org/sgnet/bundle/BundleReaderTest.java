package org.sgnet.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sgnet.SgnetException;

class BundleReaderTest {

  private static final String AGENCIES =
      """
      agency_id,name,sector
      a1,Children's Social Care,SOCIAL_CARE
      a2,Lancashire Police,POLICE
      """;

  /** Rows appended to this file start on line 8. */
  private static final String PEOPLE =
      """
      person_id,kind,name,birth_date,agency_id,role,x_ethnicity
      c1,CHILD,Child J,2005-03-01,,,White British
      c2,CHILD,Child K,2007-11-30,,,
      m1,FAMILY,Mother M,,,Mother,
      f1,CARER,Foster Carer F,,,Foster Carer,
      sw1,PROFESSIONAL,Social Worker S,,a1,Social Worker,
      pc1,PROFESSIONAL,Officer P,,a2,Police Officer,
      """;

  /** Rows appended to this file start on line 7. */
  private static final String TIES =
      """
      type,from_id,to_id,start_date,end_date,parental_responsibility,legal_basis,lead
      SIBLING,c1,c2,,,,,
      PARENT,m1,c1,2005-03-01,,true,,
      PLACED_WITH,c1,f1,2010-01-01,2011-06-30,,CARE_ORDER,
      INVOLVED,sw1,c1,2010-01-01,,,,true
      INVOLVED,pc1,c2,,,,,
      """;

  /** The summary of e2 spans lines 3 and 4; rows appended to this file start on line 10. */
  private static final String EVENTS =
      """
      event_id,date,type,subject_id,agency_id,recorded_by,participants,subtype,value,\
      requested_by,seen_alone,summary
      e1,2011-01-05,CONTACT,c1,a1,sw1, m1 ; c2 ,,,CHILD,,
      e2,2011-01-06,VISIT,c1,a1,sw1,,,,,false,"Seen at home, with ""mum""
      present"
      e3,2011-01-10,MEETING,c1,a1,,sw1;pc1,STRATEGY,,,,
      e4,2011-02-01,RISK,c2,a2,pc1,,,CSE,,,
      e5,2011-02-02,DECISION,c1,a1,sw1,c2,,Placement to continue,,,
      e6,2011-02-03,REQUEST,c1,a1,sw1,c2,,,,,
      e7,2011-02-04,ETHNICITY_RECORDED,c1,a1,sw1,,,White British,,,
      """;

  private final BundleReader reader = new BundleReader();

  @TempDir Path dir;

  // ---------------------------------------------------------------- valid bundles

  @Test
  void shouldReadEveryValueOfAValidBundle() throws IOException {
    Bundle bundle = reader.read(validBundle());

    assertThat(bundle.agencies())
        .containsExactly(
            new Agency("a1", "Children's Social Care", Sector.SOCIAL_CARE, Map.of()),
            new Agency("a2", "Lancashire Police", Sector.POLICE, Map.of()));
    assertThat(bundle.people())
        .extracting(Person::id)
        .containsExactly("c1", "c2", "m1", "f1", "sw1", "pc1");
    assertThat(bundle.people().get(0))
        .isEqualTo(
            new Person(
                "c1",
                PersonKind.CHILD,
                "Child J",
                LocalDate.of(2005, 3, 1),
                null,
                null,
                Map.of("x_ethnicity", "White British")));
    assertThat(bundle.people().get(1).extra()).isEmpty();
    assertThat(bundle.people().get(4))
        .isEqualTo(
            new Person(
                "sw1",
                PersonKind.PROFESSIONAL,
                "Social Worker S",
                null,
                "a1",
                "Social Worker",
                Map.of()));
    assertThat(bundle.ties())
        .containsExactly(
            new Tie(TieType.SIBLING, "c1", "c2", null, null, null, null, null, Map.of(), List.of()),
            new Tie(
                TieType.PARENT,
                "m1",
                "c1",
                LocalDate.of(2005, 3, 1),
                null,
                true,
                null,
                null,
                Map.of(),
                List.of()),
            new Tie(
                TieType.PLACED_WITH,
                "c1",
                "f1",
                LocalDate.of(2010, 1, 1),
                LocalDate.of(2011, 6, 30),
                null,
                LegalBasis.CARE_ORDER,
                null,
                Map.of(),
                List.of()),
            new Tie(
                TieType.INVOLVED,
                "sw1",
                "c1",
                LocalDate.of(2010, 1, 1),
                null,
                null,
                null,
                true,
                Map.of(),
                List.of()),
            new Tie(
                TieType.INVOLVED, "pc1", "c2", null, null, null, null, false, Map.of(), List.of()));
    assertThat(bundle.events())
        .extracting(Event::id)
        .containsExactly("e1", "e2", "e3", "e4", "e5", "e6", "e7");
    assertThat(bundle.events().get(0))
        .isEqualTo(
            new Event(
                "e1",
                LocalDate.of(2011, 1, 5),
                EventType.CONTACT,
                "c1",
                "a1",
                "sw1",
                List.of("m1", "c2"),
                null,
                null,
                RequestedBy.CHILD,
                null,
                null,
                Map.of(),
                List.of()));
    Event visit = bundle.events().get(1);
    assertThat(visit.seenAlone()).isFalse();
    assertThat(visit.summary()).isEqualTo("Seen at home, with \"mum\"\npresent");
    Event meeting = bundle.events().get(2);
    assertThat(meeting.subtype()).isEqualTo(MeetingSubtype.STRATEGY);
    assertThat(meeting.recordedBy()).isNull();
    assertThat(meeting.participants()).containsExactly("sw1", "pc1");
    assertThat(bundle.events().get(3).value()).isEqualTo("CSE");
    assertThat(bundle.events().get(4).value()).isEqualTo("Placement to continue");
    assertThat(bundle.events().get(6).value()).isEqualTo("White British");
    assertThat(bundle.events().get(6).participants()).isEmpty();
    assertThat(bundle.rowCount()).isEqualTo(2 + 6 + 5 + 7);
  }

  @Test
  void shouldReadTheSameBundleWithAByteOrderMarkAndCrlfLineEnds() throws IOException {
    Bundle expected = reader.read(validBundle());
    Path other = Files.createDirectory(dir.resolve("crlf"));
    for (String[] file : files()) {
      String content = "\uFEFF" + file[1].replace("\n", "\r\n");
      Files.writeString(other.resolve(file[0]), content, StandardCharsets.UTF_8);
    }

    assertThat(reader.read(other)).isEqualTo(expected);
  }

  @Test
  void shouldReadALastLineWithoutLineEndAndIgnoreBlankLines() throws IOException {
    Bundle expected = reader.read(validBundle());
    write("agencies.csv", AGENCIES.strip());
    write("people.csv", PEOPLE.replace("m1,FAMILY", "\n  \t\nm1,FAMILY") + "\n\n");

    assertThat(reader.read(dir)).isEqualTo(expected);
  }

  @Test
  void shouldTrimSpacesAndTabsButNotOtherWhitespaceOfCells() throws IOException {
    write("people.csv", PEOPLE + " c3 ,\tCHILD\t,  \"  Child L  \" ,,,,\u00a0x\n");

    Person person = reader.read(addMissingFiles()).people().get(6);

    assertThat(person.id()).isEqualTo("c3");
    assertThat(person.name()).isEqualTo("Child L");
    assertThat(person.extra()).containsEntry("x_ethnicity", "\u00a0x");
  }

  @Test
  void shouldReadAMissingOptionalFileAsNoRows() throws IOException {
    write("agencies.csv", AGENCIES);
    write("people.csv", PEOPLE);

    Bundle bundle = reader.read(dir);

    assertThat(bundle.ties()).isEmpty();
    assertThat(bundle.events()).isEmpty();
  }

  @Test
  void shouldIgnoreFilesThatAreNotPartOfTheFormat() throws IOException {
    Bundle expected = reader.read(validBundle());
    write("notes.txt", "not a bundle file");
    write("chronology.csv", "whatever,\"unclosed\n");

    assertThat(reader.read(dir)).isEqualTo(expected);
  }

  @Test
  void shouldReadAZipWithTheFilesAtItsRoot() throws IOException {
    Bundle expected = reader.read(validBundle());
    Map<String, String> entries = new LinkedHashMap<>();
    for (String[] file : files()) {
      entries.put(file[0], file[1]);
    }
    Path zip = writeZip("root.zip", entries);

    assertThat(reader.read(zip)).isEqualTo(expected);
    try (InputStream in = Files.newInputStream(zip)) {
      assertThat(reader.read("root.zip", in)).isEqualTo(expected);
    }
  }

  @Test
  void shouldReadAZipWithTheFilesInOneFolderIgnoringMacAndHiddenEntries() throws IOException {
    Bundle expected = reader.read(validBundle());
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("case-42/", "");
    for (String[] file : files()) {
      entries.put("case-42/" + file[0], file[1]);
      entries.put("__MACOSX/case-42/._" + file[0], "\u0000\u0001 resource fork");
    }
    entries.put("case-42/.people.csv", "garbage");
    entries.put(".hidden/people.csv", "garbage");
    entries.put("case-42/README.md", "a note");
    Path zip = writeZip("folder.zip", entries);

    assertThat(reader.read(zip)).isEqualTo(expected);
    try (InputStream in = Files.newInputStream(zip)) {
      assertThat(reader.read("folder.zip", in)).isEqualTo(expected);
    }
  }

  @Test
  void shouldRefuseAZipHoldingSeveralBundleFolders() throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("one/people.csv", PEOPLE);
    entries.put("two/people.csv", PEOPLE);
    Path zip = writeZip("two.zip", entries);

    assertThatThrownBy(() -> reader.read(zip))
        .isInstanceOf(SgnetException.class)
        .hasMessageContaining("several folders [one/, two/]")
        .extracting(e -> ((SgnetException) e).kind())
        .isEqualTo(SgnetException.Kind.INVALID_INPUT);
  }

  @Test
  void shouldRefuseAFileThatIsNoZip() throws IOException {
    Path file = dir.resolve("bundle.zip");
    Files.writeString(file, "not a zip");

    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(SgnetException.class)
        .extracting(e -> ((SgnetException) e).kind())
        .isEqualTo(SgnetException.Kind.INVALID_INPUT);
    assertThatThrownBy(
            () -> reader.read("upload.zip", new ByteArrayInputStream("not a zip".getBytes())))
        .isInstanceOf(SgnetException.class)
        .hasMessage("upload.zip is not a zip, or an empty one");
  }

  @Test
  void shouldReportNothingAtThePathAsNotFound() {
    assertThatThrownBy(() -> reader.read(dir.resolve("nowhere")))
        .isInstanceOf(SgnetException.class)
        .extracting(e -> ((SgnetException) e).kind())
        .isEqualTo(SgnetException.Kind.NOT_FOUND);
  }

  // ---------------------------------------------------------------- files and headers

  @ParameterizedTest(name = "{0}")
  @CsvSource({"agencies.csv", "people.csv"})
  void shouldReportAMissingRequiredFileAlone(String file) throws IOException {
    validBundle();
    Files.delete(dir.resolve(file));

    assertThat(errors(dir))
        .containsExactly(
            file + ":1: column *: required file " + file + " is missing from the bundle");
  }

  @Test
  void shouldReportAnEmptyRequiredFile() throws IOException {
    validBundle();
    write("people.csv", "\n");

    assertThat(errors(dir))
        .containsExactly("people.csv:1: column *: the file is empty; expected a header row");
  }

  @Test
  void shouldReportAMalformedHeaderWithoutReportingEveryReferenceToItsFile() throws IOException {
    validBundle();
    write("people.csv", PEOPLE.replaceFirst(",name,", ",\"name,"));

    assertThat(errors(dir))
        .containsExactly(
            "people.csv:1: column *: the header row is malformed: a quoted field is not closed: a"
                + " quote (\") is missing");
  }

  @Test
  void shouldReadAFileWithOnlyAHeaderAsNoRows() throws IOException {
    validBundle();
    write("events.csv", EVENTS.lines().findFirst().orElseThrow());

    assertThat(reader.read(dir).events()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          missing column | person_id,x_kind,name,birth_date,agency_id,role,x_ethnicity           | people.csv:1: column kind: required column is missing
          unknown column | person_id,kind,name,birth_date,agency_id,nickname,x_ethnicity         | people.csv:1: column nickname: unknown column; expected person_id, kind, name, birth_date, agency_id, role, or a name starting with x_
          upper case     | person_id,KIND,name,birth_date,agency_id,role,x_ethnicity             | people.csv:1: column KIND: unknown column; column names are lower case: kind
          duplicate      | person_id,kind,name,birth_date,agency_id,role,role                    | people.csv:1: column role: duplicate column; it is also column 6
          unnamed        | person_id,kind,name,birth_date,agency_id,role,                        | people.csv:1: column #7: the column has no name
          """)
  void shouldReportABadHeader(String why, String header, String error) throws IOException {
    validBundle();
    write("people.csv", PEOPLE.replaceFirst("[^\n]*", header));

    List<String> errors = errors(dir);

    assertThat(errors).first().isEqualTo(error);
    assertThat(errors).as("nothing but header errors").allMatch(e -> e.startsWith("people.csv:1:"));
  }

  @Test
  void shouldReportAMissingIdColumnOnceWithoutReportingEveryReferenceToPeople() throws IOException {
    validBundle();
    write("people.csv", PEOPLE.replace("person_id,", "id,"));

    assertThat(errors(dir))
        .containsExactly(
            "people.csv:1: column id: unknown column; expected person_id, kind, name, birth_date,"
                + " agency_id, role, or a name starting with x_",
            "people.csv:1: column person_id: required column is missing");
  }

  @Test
  void shouldKeepNonEmptyExtraColumnsAndAcceptExtraColumnsInEveryFile() throws IOException {
    validBundle();
    write(
        "agencies.csv",
        AGENCIES
            .replace("sector\n", "sector,x_ofsted\n")
            .replace("CARE\n", "CARE,Good\n")
            .replace("POLICE\n", "POLICE,\n"));

    Bundle bundle = reader.read(dir);

    assertThat(bundle.agencies().get(0).extra()).isEqualTo(Map.of("x_ofsted", "Good"));
    assertThat(bundle.agencies().get(1).extra()).isEmpty();
  }

  @Test
  void shouldAcceptAnEmptyCellInAColumnATypeDoesNotTake() throws IOException {
    // The base files name every column; most rows leave the ones their type does not take empty.
    assertThat(reader.read(validBundle()).events()).hasSize(7);
  }

  // ---------------------------------------------------------------- CSV syntax

  @Test
  void shouldReportAWrongNumberOfFields() throws IOException {
    validBundle();
    write("people.csv", PEOPLE + "p9,CHILD,Child X\np10,CHILD,Child Y,,,,,\n");

    assertThat(errors(dir))
        .containsExactly(
            "people.csv:8: column *: expected 7 fields as in the header, found 3",
            "people.csv:9: column *: expected 7 fields as in the header, found 8");
  }

  @Test
  void shouldReportAnUnterminatedQuoteAtTheLineOfItsRecord() throws IOException {
    validBundle();
    write(
        "events.csv",
        EVENTS + "e8,2011-03-01,ASSESSMENT,c1,a1,,,,,,,\"Started\nand never closed\n");

    assertThat(errors(dir))
        .containsExactly(
            "events.csv:10: column summary: a quoted field is not closed: a quote (\") is missing");
  }

  @Test
  void shouldNotReportReferencesToRowsLostAfterAnUnterminatedQuote() throws IOException {
    validBundle();
    write("people.csv", PEOPLE + "p9,CHILD,\"Child X,,,,\np10,CHILD,Child Y,,,,\n");
    write("relationships.csv", TIES + "SIBLING,c1,p10,,,,,\n");

    assertThat(errors(dir))
        .containsExactly(
            "people.csv:8: column name: a quoted field is not closed: a quote (\") is missing");
  }

  @Test
  void shouldReportTextAfterAClosingQuoteAndGoOnWithTheNextRecord() throws IOException {
    validBundle();
    write("people.csv", PEOPLE + "p9,CHILD,\"Child\" X,,,,\np10,CHILD,Child Y,1999-02-29,,,\n");

    assertThat(errors(dir))
        .containsExactly(
            "people.csv:8: column name: text after the closing quote; a quote inside a quoted field"
                + " is written \"\"",
            "people.csv:9: column birth_date: '1999-02-29' is not a date (YYYY-MM-DD)");
  }

  @Test
  void shouldReportBytesThatAreNotUtf8() throws IOException {
    validBundle();
    byte[] head = (PEOPLE + "p9,CHILD,Child ").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ",,,,\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 2 + tail.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xC3;
    bytes[head.length + 1] = (byte) 0x28;
    System.arraycopy(tail, 0, bytes, head.length + 2, tail.length);
    Files.write(dir.resolve("people.csv"), bytes);

    assertThat(errors(dir)).containsExactly("people.csv:8: column name: not valid UTF-8");
  }

  @Test
  void shouldAcceptAReplacementCharacterWrittenAsValidUtf8() throws IOException {
    validBundle();
    write("people.csv", PEOPLE + "p9,CHILD,Child \uFFFD,,,,\n");

    assertThat(reader.read(dir).people().get(6).name()).isEqualTo("Child \uFFFD");
  }

  @Test
  void shouldReportThePhysicalLineOfARecordAfterMultiLineFields() throws IOException {
    validBundle();
    String events =
        EVENTS
            + "e8,2011-03-01,ASSESSMENT,c1,a1,,,,,,,\"one\r\ntwo\rthree\nfour\"\n"
            + "e9,2011-03-02,ASSESSMENT,c1,a1,,,,,,,\n"
            + "\n"
            + "e10,2011-03-32,ASSESSMENT,c1,a1,,,,,,,\n";
    write("events.csv", events);

    assertThat(errors(dir))
        .containsExactly("events.csv:16: column date: '2011-03-32' is not a date (YYYY-MM-DD)");
  }

  // ---------------------------------------------------------------- rows

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          bad enum             | p9,child,Child X,,,,              | people.csv:8: column kind: 'child' is not one of CHILD, FAMILY, CARER, PROFESSIONAL, OTHER
          month 13             | p9,CHILD,Child X,2011-13-01,,,    | people.csv:8: column birth_date: '2011-13-01' is not a date (YYYY-MM-DD)
          30 February          | p9,CHILD,Child X,2011-02-30,,,    | people.csv:8: column birth_date: '2011-02-30' is not a date (YYYY-MM-DD)
          one digit month      | p9,CHILD,Child X,2011-1-01,,,     | people.csv:8: column birth_date: '2011-1-01' is not a date (YYYY-MM-DD)
          other date order     | p9,CHILD,Child X,01/02/2011,,,    | people.csv:8: column birth_date: '01/02/2011' is not a date (YYYY-MM-DD)
          date and time        | p9,CHILD,Child X,2011-02-01T10:00,,, | people.csv:8: column birth_date: '2011-02-01T10:00' is not a date (YYYY-MM-DD)
          name as kind         | p9,Child X,CHILD,,,,              | people.csv:8: column kind: is not one of CHILD, FAMILY, CARER, PROFESSIONAL, OTHER
          words as birth date  | p9,CHILD,Child X,Born at home,,,  | people.csv:8: column birth_date: is not a date (YYYY-MM-DD)
          missing name         | p9,CHILD,,,,,                     | people.csv:8: column name: must not be empty
          missing kind         | p9,,Child X,,,,                   | people.csv:8: column kind: must not be empty
          missing id           | ,CHILD,Child X,,,,                | people.csv:8: column person_id: must not be empty
          space in id          | p 9,CHILD,Child X,,,,             | people.csv:8: column person_id: 'p 9' is not a valid id (1 to 64 of the letters A-Z a-z, digits and . _ : -)
          duplicate id         | c1,CHILD,Child X,,,,              | people.csv:8: column person_id: duplicate id 'c1', first on line 2
          no agency            | p9,PROFESSIONAL,Worker X,,,,      | people.csv:8: column agency_id: required for kind PROFESSIONAL
          unknown agency       | p9,PROFESSIONAL,Worker X,,a9,,    | people.csv:8: column agency_id: no agency 'a9' in agencies.csv
          agency not allowed   | p9,FAMILY,Father X,,a1,,          | people.csv:8: column agency_id: not allowed for kind FAMILY (only for PROFESSIONAL)
          """)
  void shouldReportABadPersonRow(String why, String row, String error) throws IOException {
    validBundle();
    write("people.csv", PEOPLE + row + "\n");

    assertThat(errors(dir)).containsExactly(error);
  }

  @Test
  void shouldAcceptIdsOfEveryAllowedCharacterUpTo64() throws IOException {
    validBundle();
    String longest = "A-z.0_9:" + "x".repeat(56);
    write(
        "people.csv",
        PEOPLE + longest + ",CHILD,Child X,,,,\n" + longest + "y,CHILD,Child Y,,,,\n");

    assertThat(errors(dir))
        .containsExactly(
            "people.csv:9: column person_id: '"
                + (longest + "y").substring(0, 40)
                + "...' is not a valid id (1 to 64 of the letters A-Z a-z, digits and . _ : -)");
  }

  @Test
  void shouldKeepPeopleAndAgenciesInSeparateNamespaces() throws IOException {
    validBundle();
    write("people.csv", PEOPLE + "a1,CHILD,Child A,,,,\n");

    assertThat(reader.read(dir).people()).extracting(Person::id).contains("a1");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          bad sector        | a3,Hospital,NHS             | agencies.csv:4: column sector: 'NHS' is not one of SOCIAL_CARE, POLICE, HEALTH, MENTAL_HEALTH, EDUCATION, YOUTH_JUSTICE, HOUSING, PROBATION, VOLUNTARY, OTHER
          duplicate id      | a1,Hospital,HEALTH          | agencies.csv:4: column agency_id: duplicate id 'a1', first on line 2
          missing name      | a3,,HEALTH                  | agencies.csv:4: column name: must not be empty
          """)
  void shouldReportABadAgencyRow(String why, String row, String error) throws IOException {
    validBundle();
    write("agencies.csv", AGENCIES + row + "\n");

    assertThat(errors(dir)).containsExactly(error);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          bad type              | COUSIN,c1,c2,,,,,                          | relationships.csv:7: column type: 'COUSIN' is not one of SIBLING, PARENT, PLACED_WITH, INVOLVED
          lower case type       | sibling,c1,c2,,,,,                         | relationships.csv:7: column type: 'sibling' is not one of SIBLING, PARENT, PLACED_WITH, INVOLVED
          missing from          | SIBLING,,c2,,,,,                           | relationships.csv:7: column from_id: must not be empty
          no such person        | SIBLING,c1,c9,,,,,                         | relationships.csv:7: column to_id: no person 'c9' in people.csv
          agency is no person   | SIBLING,c1,a1,,,,,                         | relationships.csv:7: column to_id: no person 'a1' in people.csv
          bad id                | SIBLING,c1,c/9,,,,,                        | relationships.csv:7: column to_id: 'c/9' is not a valid id (1 to 64 of the letters A-Z a-z, digits and . _ : -)
          sibling not a child   | SIBLING,c1,m1,,,,,                         | relationships.csv:7: column to_id: 'm1' is FAMILY, but a SIBLING tie joins a CHILD to a CHILD
          parent from a child   | PARENT,c2,c1,,,true,,                      | relationships.csv:7: column from_id: 'c2' is CHILD, but a PARENT tie starts from a FAMILY person
          parent to a carer     | PARENT,m1,f1,,,true,,                      | relationships.csv:7: column to_id: 'f1' is CARER, but a PARENT tie goes to a CHILD
          placed from a carer   | PLACED_WITH,f1,m1,,,,HOME,                 | relationships.csv:7: column from_id: 'f1' is CARER, but a PLACED_WITH tie starts from a CHILD
          placed with a worker  | PLACED_WITH,c1,sw1,,,,HOME,                | relationships.csv:7: column to_id: 'sw1' is PROFESSIONAL, but a PLACED_WITH tie goes to a FAMILY, CARER or OTHER person
          involved family       | INVOLVED,m1,c1,,,,,                        | relationships.csv:7: column from_id: 'm1' is FAMILY, but an INVOLVED tie starts from a PROFESSIONAL
          involved with worker  | INVOLVED,sw1,pc1,,,,,                      | relationships.csv:7: column to_id: 'pc1' is PROFESSIONAL, but an INVOLVED tie goes to a CHILD
          self tie              | SIBLING,c1,c1,,,,,                         | relationships.csv:7: column to_id: a tie cannot join 'c1' to themself
          no responsibility     | PARENT,m1,c2,,,,,                          | relationships.csv:7: column parental_responsibility: required for type PARENT (true or false)
          bad boolean           | PARENT,m1,c2,,,yes,,                       | relationships.csv:7: column parental_responsibility: 'yes' is not true or false
          upper case boolean    | PARENT,m1,c2,,,TRUE,,                      | relationships.csv:7: column parental_responsibility: 'TRUE' is not true or false
          responsibility given  | SIBLING,c1,c2,,,false,,                    | relationships.csv:7: column parental_responsibility: not allowed for type SIBLING (only for PARENT)
          no legal basis        | PLACED_WITH,c2,f1,,,,,                     | relationships.csv:7: column legal_basis: required for type PLACED_WITH (HOME, S20_VOLUNTARY, CARE_ORDER, INTERIM_CARE_ORDER, PRIVATE_FOSTERING, KINSHIP, RESIDENTIAL)
          bad legal basis       | PLACED_WITH,c2,f1,,,,FOSTERING,            | relationships.csv:7: column legal_basis: 'FOSTERING' is not one of HOME, S20_VOLUNTARY, CARE_ORDER, INTERIM_CARE_ORDER, PRIVATE_FOSTERING, KINSHIP, RESIDENTIAL
          legal basis given     | PARENT,m1,c2,,,true,HOME,                  | relationships.csv:7: column legal_basis: not allowed for type PARENT (only for PLACED_WITH)
          lead given            | PARENT,m1,c2,,,true,,false                 | relationships.csv:7: column lead: not allowed for type PARENT (only for INVOLVED)
          bad lead              | INVOLVED,sw1,c2,,,,,1                      | relationships.csv:7: column lead: '1' is not true or false
          bad start date        | SIBLING,c1,c2,2011-00-10,,,,               | relationships.csv:7: column start_date: '2011-00-10' is not a date (YYYY-MM-DD)
          end before start      | SIBLING,c1,c2,2011-02-01,2011-01-31,,,     | relationships.csv:7: column end_date: end_date 2011-01-31 is before start_date 2011-02-01
          """)
  void shouldReportABadTieRow(String why, String row, String error) throws IOException {
    validBundle();
    write("relationships.csv", TIES + row + "\n");

    assertThat(errors(dir)).containsExactly(error);
  }

  @Test
  void shouldAcceptATieThatStartsAndEndsOnTheSameDay() throws IOException {
    validBundle();
    write("relationships.csv", TIES + "SIBLING,c1,c2,2011-02-01,2011-02-01,,,\n");

    assertThat(reader.read(dir).ties()).hasSize(6);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          bad date              | e8,2011-13-01,VISIT,c1,a1,sw1,,,,,true,                  | events.csv:10: column date: '2011-13-01' is not a date (YYYY-MM-DD)
          missing date          | e8,,VISIT,c1,a1,sw1,,,,,true,                            | events.csv:10: column date: must not be empty
          bad type              | e8,2011-03-01,PHONE_CALL,c1,a1,,,,,,,                    | events.csv:10: column type: 'PHONE_CALL' is not one of CONTACT, REQUEST, INFORMATION_SHARED, MEETING, ASSESSMENT, VISIT, ETHNICITY_RECORDED, RISK, CIRCUMSTANCES_CHANGED, DECISION
          duplicate id          | e1,2011-03-01,ASSESSMENT,c1,a1,,,,,,,                    | events.csv:10: column event_id: duplicate id 'e1', first on line 2
          bad id                | e#8,2011-03-01,ASSESSMENT,c1,a1,,,,,,,                   | events.csv:10: column event_id: 'e#8' is not a valid id (1 to 64 of the letters A-Z a-z, digits and . _ : -)
          subject not a child   | e8,2011-03-01,ASSESSMENT,m1,a1,,,,,,,                    | events.csv:10: column subject_id: 'm1' is FAMILY, but the subject must be a CHILD
          no such subject       | e8,2011-03-01,ASSESSMENT,c9,a1,,,,,,,                    | events.csv:10: column subject_id: no person 'c9' in people.csv
          no such agency        | e8,2011-03-01,ASSESSMENT,c1,a9,,,,,,,                    | events.csv:10: column agency_id: no agency 'a9' in agencies.csv
          person as agency      | e8,2011-03-01,ASSESSMENT,c1,sw1,,,,,,,                   | events.csv:10: column agency_id: no agency 'sw1' in agencies.csv
          recorder not a worker | e8,2011-03-01,ASSESSMENT,c1,a1,m1,,,,,,                  | events.csv:10: column recorded_by: 'm1' is FAMILY, but recorded_by must be a PROFESSIONAL
          no participants       | e8,2011-03-01,CONTACT,c1,a1,,,,,,,                       | events.csv:10: column participants: required for type CONTACT (person ids separated by ;)
          no request concerned  | e8,2011-03-01,REQUEST,c1,a1,,,,,,,                       | events.csv:10: column participants: required for type REQUEST (person ids separated by ;)
          empty item            | e8,2011-03-01,CONTACT,c1,a1,,m1;;c2,,,,,                 | events.csv:10: column participants: an item of the list is empty; person ids are separated by ;
          trailing separator    | e8,2011-03-01,CONTACT,c1,a1,,m1 ; ,,,,,                  | events.csv:10: column participants: an item of the list is empty; person ids are separated by ;
          unknown participant   | e8,2011-03-01,MEETING,c1,a1,,m1;x9,OTHER,,,,             | events.csv:10: column participants: no person 'x9' in people.csv
          no subtype            | e8,2011-03-01,MEETING,c1,a1,,,,,,,                       | events.csv:10: column subtype: required for type MEETING (STRATEGY, CORE_GROUP, CHILD_IN_NEED_REVIEW, LOOKED_AFTER_REVIEW, RISK_MANAGEMENT, OTHER)
          bad subtype           | e8,2011-03-01,MEETING,c1,a1,,,strategy,,,,               | events.csv:10: column subtype: 'strategy' is not one of STRATEGY, CORE_GROUP, CHILD_IN_NEED_REVIEW, LOOKED_AFTER_REVIEW, RISK_MANAGEMENT, OTHER
          subtype given         | e8,2011-03-01,ASSESSMENT,c1,a1,,,STRATEGY,,,,            | events.csv:10: column subtype: not allowed for type ASSESSMENT (only for MEETING)
          no value              | e8,2011-03-01,DECISION,c1,a1,,,,,,,                      | events.csv:10: column value: required for type DECISION
          risk not a category   | e8,2011-03-01,RISK,c1,a1,,,,Sexual exploitation,,,       | events.csv:10: column value: must be a risk category: CSE, MISSING, SUBSTANCE_MISUSE, DOMESTIC_ABUSE, SELF_HARM, OFFENDING, NEGLECT, OTHER
          value given           | e8,2011-03-01,VISIT,c1,a1,,,,Looked well,,true,          | events.csv:10: column value: not allowed for type VISIT (only for ETHNICITY_RECORDED, RISK and DECISION)
          requester given       | e8,2011-03-01,REQUEST,c1,a1,,c2,,,CHILD,,                | events.csv:10: column requested_by: not allowed for type REQUEST (only for CONTACT)
          bad requester         | e8,2011-03-01,CONTACT,c1,a1,,m1,,,PARENT,,               | events.csv:10: column requested_by: 'PARENT' is not one of CHILD, FAMILY, SERVICE
          no seen alone         | e8,2011-03-01,VISIT,c1,a1,sw1,,,,,,                      | events.csv:10: column seen_alone: required for type VISIT (true or false)
          bad seen alone        | e8,2011-03-01,VISIT,c1,a1,sw1,,,,,no,                    | events.csv:10: column seen_alone: 'no' is not true or false
          note as seen alone    | e8,2011-03-01,VISIT,c1,a1,sw1,,,,,Seen with Mum,         | events.csv:10: column seen_alone: is not true or false
          note as date          | e8,Visit notes sent,VISIT,c1,a1,sw1,,,,,true,            | events.csv:10: column date: is not a date (YYYY-MM-DD)
          seen alone given      | e8,2011-03-01,CONTACT,c1,a1,,m1,,,,false,                | events.csv:10: column seen_alone: not allowed for type CONTACT (only for VISIT)
          too many fields       | e8,2011-03-01,ASSESSMENT,c1,a1,,,,,,,,                   | events.csv:10: column *: expected 12 fields as in the header, found 13
          text after quote      | e8,2011-03-01,ASSESSMENT,c1,a1,,,,,,,"Done "twice"       | events.csv:10: column summary: text after the closing quote; a quote inside a quoted field is written ""
          """)
  void shouldReportABadEventRow(String why, String row, String error) throws IOException {
    validBundle();
    write("events.csv", EVENTS + row + "\n");

    assertThat(errors(dir)).containsExactly(error);
  }

  @Test
  void shouldAcceptOptionalParticipantsAndAContactWithoutRequester() throws IOException {
    validBundle();
    write(
        "events.csv",
        EVENTS
            + "e8,2011-03-01,CONTACT,c1,a1,,m1,,,,,\n"
            + "e9,2011-03-01,INFORMATION_SHARED,c1,a1,sw1,pc1,,,,,\n"
            + "e10,2011-03-01,CIRCUMSTANCES_CHANGED,c1,a1,,,,,,,Moved\n");

    List<Event> events = reader.read(dir).events();

    assertThat(events.get(7).requestedBy()).isNull();
    assertThat(events.get(8).participants()).containsExactly("pc1");
    assertThat(events.get(9).participants()).isEmpty();
  }

  // ---------------------------------------------------------------- the whole bundle

  @Test
  void shouldReportEveryErrorOfTheBundleAtOnceInFileLineAndColumnOrder() throws IOException {
    validBundle();
    write("agencies.csv", AGENCIES + "a3,Hospital,NHS\n");
    write("people.csv", PEOPLE + "p9,CHILD,Child X,2011-02-30,,,\n");
    write("relationships.csv", TIES + "SIBLING,c1,c1,,,,,\nPARENT,m1,c2,,,,,\n");
    write(
        "events.csv",
        EVENTS
            + "e8,2011-13-01,VISIT,c1,a9,sw1,,,,,,\n"
            + "e9,2011-03-01,RISK,m1,a1,,,,Sexual exploitation,,,\n");

    assertThat(errors(dir))
        .containsExactly(
            "agencies.csv:4: column sector: 'NHS' is not one of SOCIAL_CARE, POLICE, HEALTH,"
                + " MENTAL_HEALTH, EDUCATION, YOUTH_JUSTICE, HOUSING, PROBATION, VOLUNTARY, OTHER",
            "people.csv:8: column birth_date: '2011-02-30' is not a date (YYYY-MM-DD)",
            "relationships.csv:7: column to_id: a tie cannot join 'c1' to themself",
            "relationships.csv:8: column parental_responsibility: required for type PARENT (true or"
                + " false)",
            "events.csv:10: column date: '2011-13-01' is not a date (YYYY-MM-DD)",
            "events.csv:10: column agency_id: no agency 'a9' in agencies.csv",
            "events.csv:10: column seen_alone: required for type VISIT (true or false)",
            "events.csv:11: column subject_id: 'm1' is FAMILY, but the subject must be a CHILD",
            "events.csv:11: column value: must be a risk category: CSE, MISSING, SUBSTANCE_MISUSE,"
                + " DOMESTIC_ABUSE, SELF_HARM, OFFENDING, NEGLECT, OTHER");
  }

  @Test
  void shouldLocateEachErrorByFileLineAndColumn() throws IOException {
    validBundle();
    write("people.csv", PEOPLE + "p9,CHILD,Child X,2011-02-30,,,\n");

    BundleInvalidException thrown = (BundleInvalidException) catchThrowable(() -> reader.read(dir));

    assertThat(thrown.kind()).isEqualTo(SgnetException.Kind.INVALID_INPUT);
    assertThat(thrown.errors())
        .containsExactly(
            new BundleError(
                "people.csv", 8, "birth_date", "'2011-02-30' is not a date (YYYY-MM-DD)"));
  }

  @Test
  void shouldSortErrorsOfALineByTheColumnOrderOfTheHeader() throws IOException {
    validBundle();
    write(
        "relationships.csv",
        "lead,to_id,from_id,type,start_date,end_date,parental_responsibility,legal_basis\n"
            + "yes,c9,c1,SIBLING,bad,,,\n");

    assertThat(errors(dir))
        .containsExactly(
            "relationships.csv:2: column lead: not allowed for type SIBLING (only for INVOLVED)",
            "relationships.csv:2: column to_id: no person 'c9' in people.csv",
            "relationships.csv:2: column start_date: 'bad' is not a date (YYYY-MM-DD)");
  }

  @Test
  void shouldNotReportAWrongKindForAPersonWhoseKindIsInError() throws IOException {
    validBundle();
    write("people.csv", PEOPLE + "p9,KID,Child X,,,,\np10,CHILD,Child Y\n");
    write("relationships.csv", TIES + "PARENT,p9,c1,,,true,,\nPARENT,m1,p10,,,true,,\n");
    write("events.csv", EVENTS + "e8,2011-03-01,ASSESSMENT,p9,a1,p10,p9;p10,,,,,\n");

    assertThat(errors(dir))
        .containsExactly(
            "people.csv:8: column kind: 'KID' is not one of CHILD, FAMILY, CARER, PROFESSIONAL,"
                + " OTHER",
            "people.csv:9: column *: expected 7 fields as in the header, found 3");
  }

  @Test
  void shouldStillReportReferencesToIdsThatNoRowHasWhenPeopleHaveErrors() throws IOException {
    validBundle();
    write("people.csv", PEOPLE + "p9,KID,Child X,,,,\n");
    write("relationships.csv", TIES + "SIBLING,c1,p8,,,,,\n");

    assertThat(errors(dir))
        .containsExactly(
            "people.csv:8: column kind: 'KID' is not one of CHILD, FAMILY, CARER, PROFESSIONAL,"
                + " OTHER",
            "relationships.csv:7: column to_id: no person 'p8' in people.csv");
  }

  @Test
  void shouldNeverQuoteFreeTextInMessages() throws IOException {
    validBundle();
    write("agencies.csv", AGENCIES + "a1,Secret Agency,HEALTH\n");
    write("people.csv", PEOPLE + "p9,CHILD,\"Secret\" Name,,,Secret Role,\n");
    write(
        "events.csv",
        EVENTS
            + "e8,2011-03-01,RISK,c1,a1,,,,Secret Value,,,Secret Summary\n"
            + "e9,2011-03-01,VISIT,c1,a1,,,,Secret Value,,,Secret Summary\n"
            + "e10,2011-03-01,VISIT,c1,a1,,,,,,true,\"Secret\" Summary\n");

    List<String> errors = errors(dir);

    assertThat(errors).hasSize(6).noneMatch(e -> e.contains("Secret"));
  }

  @Test
  void shouldReadEveryRowOfALargeBundle() throws IOException {
    int people = 20_000;
    int events = 200_000;
    StringBuilder csv = new StringBuilder("person_id,kind,name\n");
    for (int i = 0; i < people; i++) {
      csv.append('c').append(i).append(",CHILD,Child ").append(i).append('\n');
    }
    write("agencies.csv", AGENCIES);
    write("people.csv", csv.toString());
    csv.setLength(0);
    csv.append("event_id,date,type,subject_id,agency_id,participants,summary\n");
    for (int i = 0; i < events; i++) {
      csv.append('e').append(i).append(",2011-01-0").append(1 + i % 9).append(",CONTACT,c");
      csv.append(i % people).append(",a1,c").append((i + 1) % people).append(";c");
      csv.append((i + 2) % people).append(",\"A contact, as planned\"\n");
    }
    write("events.csv", csv.toString());

    // Speed is measured by the import benchmark (docs/performance.md), not asserted here.
    Bundle bundle = reader.read(dir);

    assertThat(bundle.people()).hasSize(people);
    assertThat(bundle.events()).hasSize(events);
    assertThat(bundle.events().get(events - 1).participants()).containsExactly("c0", "c1");
    assertThat(bundle.events().get(events - 1).summary()).isEqualTo("A contact, as planned");
  }

  // ---------------------------------------------------------------- helpers

  private static String[][] files() {
    return new String[][] {
      {"agencies.csv", AGENCIES},
      {"people.csv", PEOPLE},
      {"relationships.csv", TIES},
      {"events.csv", EVENTS}
    };
  }

  /** Writes the valid bundle into the temporary folder and returns the folder. */
  private Path validBundle() throws IOException {
    for (String[] file : files()) {
      write(file[0], file[1]);
    }
    return dir;
  }

  /** Writes the files of the valid bundle that the test has not written, and returns the folder. */
  private Path addMissingFiles() throws IOException {
    for (String[] file : files()) {
      if (!Files.exists(dir.resolve(file[0]))) {
        write(file[0], file[1]);
      }
    }
    return dir;
  }

  private void write(String file, String content) throws IOException {
    Files.writeString(dir.resolve(file), content, StandardCharsets.UTF_8);
  }

  private Path writeZip(String name, Map<String, String> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, String> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    Path zip = Files.createDirectories(dir.resolve("zips")).resolve(name);
    Files.write(zip, bytes.toByteArray());
    return zip;
  }

  /** Reads a bundle that must be invalid and returns its errors as text. */
  private List<String> errors(Path source) {
    Throwable thrown = catchThrowable(() -> reader.read(source));
    assertThat(thrown).isInstanceOf(BundleInvalidException.class);
    return ((BundleInvalidException) thrown).errors().stream().map(BundleError::toString).toList();
  }
}
