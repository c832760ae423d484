package org.sgnet.sources.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sgnet.sources.ssda903.Ssda903AdapterTest.HAND_MADE;
import static org.sgnet.sources.ssda903.Ssda903AdapterTest.convert;
import static org.sgnet.sources.ssda903.Ssda903AdapterTest.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgnet.SgnetException;
import org.sgnet.bundle.Agency;
import org.sgnet.bundle.Bundle;
import org.sgnet.bundle.Event;
import org.sgnet.bundle.Person;
import org.sgnet.bundle.Tie;
import org.sgnet.sources.Conversion;
import org.sgnet.sources.SourceError;
import org.sgnet.sources.SourceRecords;

class Ssda903XmlTest {

  @TempDir Path dir;

  @Test
  void shouldMapTheXmlFormExactlyLikeTheCsvForm() {
    Path csv = HAND_MADE.resolve("return");
    // The XML form carries no social worker episodes nor DoLO: compare the tables both have.
    List<Path> csvFiles =
        List.of(
            csv.resolve("header.csv"),
            csv.resolve("episodes.csv"),
            csv.resolve("reviews.csv"),
            csv.resolve("missing.csv"),
            csv.resolve("oc2.csv"));

    Conversion.Result fromCsv = convert(csvFiles, false);
    Conversion.Result fromXml = convert(List.of(HAND_MADE.resolve("return.xml")), false);

    assertThat(fromXml.refused()).isEmpty();
    assertThat(withoutProvenance(fromXml.bundle())).isEqualTo(withoutProvenance(fromCsv.bundle()));
    assertThat(fromXml.bundle().rowCount()).isEqualTo(fromCsv.bundle().rowCount());
  }

  @Test
  void shouldLocateXmlRecordsByTheirPath() {
    Conversion.Result r = convert(List.of(HAND_MADE.resolve("return.xml")), false);

    assertThat(Ssda903AdapterTest.event(r, "903-1001-review-20200501-2").provenance())
        .containsExactly("ssda903:return.xml:/EXPSSDA903/CHILD[1]/HEADER[1]/AREVIEW[2]");
    assertThat(Ssda903AdapterTest.ties(r, org.sgnet.bundle.TieType.PLACED_WITH, "903-1002"))
        .extracting(t -> t.provenance().get(0))
        .containsExactly(
            "ssda903:return.xml:/EXPSSDA903/CHILD[2]/EPISODE[1]",
            "ssda903:return.xml:/EXPSSDA903/CHILD[2]/EPISODE[2]");
    assertThat(r.recordsByFile()).containsEntry("return.xml", 14);
  }

  @Test
  void shouldRefuseAnElementTheReturnDoesNotDefine() throws IOException {
    Files.writeString(
        dir.resolve("r.xml"),
        "<EXPSSDA903><CHILD><HEADER><CHILDID>1</CHILDID><UPN>UN1</UPN><DOB>01/01/2010</DOB>"
            + "<ETHNIC>WBRI</ETHNIC><SHOE_SIZE>4</SHOE_SIZE></HEADER>"
            + "<EPISODE><DECOM>01/04/2020</DECOM><RNE>S</RNE><LS>C2</LS><PL>U6</PL></EPISODE>"
            + "<PET>cat</PET></CHILD></EXPSSDA903>");

    SourceRecords r = read(dir);

    assertThat(r.errors())
        .extracting(SourceError::toString)
        .containsExactly(
            "r.xml:/EXPSSDA903/CHILD[1]/HEADER[1]/SHOE_SIZE: is not an element of the SSDA903"
                + " return that sgnet reads: its content is not imported",
            "r.xml:/EXPSSDA903/CHILD[1]/PET[1]: is not an element of the SSDA903 return that"
                + " sgnet reads: its content is not imported");
    assertThat(r.ties()).hasSize(1);
  }

  @Test
  void shouldRejectXmlWithAnotherRoot() throws IOException {
    Files.writeString(
        dir.resolve("cin.xml"), "<?xml version='1.0'?>\n<Message><Header/></Message>");

    assertThatThrownBy(() -> read(dir))
        .isInstanceOf(SgnetException.class)
        .hasMessage(
            "cin.xml:1: not an SSDA903 XML file: the root element is Message, expected EXPSSDA903");
  }

  @Test
  void shouldRejectXmlThatIsNotWellFormedAndReadNoDoctype() throws IOException {
    Files.writeString(dir.resolve("a.xml"), "<EXPSSDA903>\n<CHILD>\n</EXPSSDA903>");
    Files.writeString(
        dir.resolve("b.xml"),
        "<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><EXPSSDA903>&e;</EXPSSDA903>");

    assertThatThrownBy(() -> read(dir.resolve("a.xml")))
        .isInstanceOf(SgnetException.class)
        .hasMessage("a.xml:3: not an SSDA903 XML file: not well-formed");
    assertThatThrownBy(() -> read(dir.resolve("b.xml")))
        .isInstanceOf(SgnetException.class)
        .hasMessageStartingWith("b.xml:1: not an SSDA903 XML file: not well-formed");
  }

  @Test
  void shouldKnowAnXmlFileByItsContentWhateverItsName() throws IOException {
    Path renamed = dir.resolve("export.txt");
    Files.copy(HAND_MADE.resolve("return.xml"), renamed);

    assertThat(read(renamed).people()).isNotEmpty();
  }

  private static Bundle withoutProvenance(Bundle b) {
    return new Bundle(
        b.agencies().stream()
            .map(a -> new Agency(a.id(), a.name(), a.sector(), a.extra()))
            .toList(),
        b.people().stream()
            .map(
                p ->
                    new Person(
                        p.id(),
                        p.kind(),
                        p.name(),
                        p.birthDate(),
                        p.agencyId(),
                        p.role(),
                        p.extra(),
                        p.identifiers(),
                        p.postcode(),
                        List.of()))
            .toList(),
        b.ties().stream()
            .map(
                t ->
                    new Tie(
                        t.type(),
                        t.fromId(),
                        t.toId(),
                        t.startDate(),
                        t.endDate(),
                        t.parentalResponsibility(),
                        t.legalBasis(),
                        t.lead(),
                        t.extra(),
                        List.of()))
            .toList(),
        b.events().stream()
            .map(
                e ->
                    new Event(
                        e.id(),
                        e.date(),
                        e.type(),
                        e.subjectId(),
                        e.agencyId(),
                        e.recordedBy(),
                        e.participants(),
                        e.subtype(),
                        e.value(),
                        e.requestedBy(),
                        e.seenAlone(),
                        e.summary(),
                        e.extra(),
                        List.of()))
            .toList());
  }
}
