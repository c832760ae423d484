package org.sgnet.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgnet.SgnetException;
import org.sgnet.SharedStore;
import org.sgnet.bundle.Bundle;
import org.sgnet.export.GraphSnapshotReader;
import org.sgnet.export.Pseudonymiser;
import org.sgnet.graph.JGraphTRuleEngine;
import org.sgnet.rules.Analysis;
import org.sgnet.rules.Analyzer;
import org.sgnet.rules.CypherRuleEngine;
import org.sgnet.rules.DemoBundleCsv;
import org.sgnet.rules.Engine;
import org.sgnet.rules.Finding;
import org.sgnet.rules.RuleOptions;
import org.sgnet.store.BundleImporter;
import org.sgnet.store.ImportProgress;
import org.sgnet.store.Store;

/** Board reports of the Child J demo, on the shared store. */
class ReportIT {

  @TempDir static Path home;

  static Bundle demo;
  static Analyzer analyzer;
  static Pseudonymiser pseudonymiser;
  static Reporter reporter;
  static String pseudonymised;
  static String identifiable;

  @BeforeAll
  static void importDemoAndWriteTheReports() {
    demo = DemoBundleCsv.childJ();
    Store store = SharedStore.clear();
    new BundleImporter(store, 1000).importBundle(demo, ImportProgress.NONE);
    analyzer =
        new Analyzer(
            store, new CypherRuleEngine(store), new JGraphTRuleEngine(store), Clock.systemUTC());
    pseudonymiser = new Pseudonymiser(home.resolve("pseudonym-key"));
    reporter = new Reporter(analyzer, store, pseudonymiser);
    pseudonymised = html(request(null, false));
    identifiable = html(request(null, true));
  }

  private static ReportRequest request(String child, boolean identifiable) {
    return new ReportRequest(
        RuleOptions.builder().childId(child).build(), Engine.CYPHER, identifiable);
  }

  private static String html(ReportRequest request) {
    ReportFile file = reporter.write(request, ReportFormat.HTML);
    return new String(file.content(), StandardCharsets.UTF_8);
  }

  @Test
  void shouldPutTheSixThemesOfTheReviewUnderTheirOwnHeadings() {
    List<String> headings = Jsoup.parse(pseudonymised).select("h2[id^=theme-]").eachText();

    assertThat(headings)
        .containsExactly(
            "1. Assessment",
            "2. Support and intervention",
            "3. Court orders",
            "4. Identity",
            "5. Family and sibling contact",
            "6. Risk");
  }

  @Test
  void shouldPresentEveryFindingOfTheDemoWithItsChildrensCodesEvidenceAndRecommendation() {
    Analysis analysis = analyzer.analyse(RuleOptions.defaults(), Engine.CYPHER);
    Map<String, String> codes = codes();
    List<Element> blocks = Jsoup.parse(pseudonymised).select("div.finding");

    assertThat(analysis.findings()).hasSize(16);
    assertThat(blocks).hasSize(analysis.findings().size());
    List<String> texts = new ArrayList<>(blocks.stream().map(Element::text).toList());
    for (Finding f : analysis.findings()) {
      List<String> children = f.childIds().stream().map(c -> codes.get("person:" + c)).toList();
      String head = "— " + String.join(", ", children);
      String match =
          texts.stream()
              .filter(t -> t.contains(f.rule().name()) && t.contains(head))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no block for " + f.rule() + " " + children));
      texts.remove(match);
      assertThat(match).contains(f.severity().name()).contains("Recommendation.");
    }
    assertThat(texts).isEmpty();
    assertThat(pseudonymised).contains("Evidence dated");
  }

  @Test
  void shouldLeaveNoRealNameIdRoleBirthDateOrSummaryInTheDefaultReport() {
    assertThat(pseudonymised).contains("Child A").contains("Professional").contains("Agency ");
    for (String secret : secrets()) {
      assertThat(pseudonymised).as("the pseudonymised report").doesNotContain(secret);
    }
  }

  @Test
  void shouldShowRealNamesRolesAndSummariesWhenIdentifiable() {
    assertThat(identifiable)
        .contains("Child J")
        .contains("Sam Okafor")
        .contains("Seaborough Children&#39;s Social Care")
        .contains("ev-0069")
        .contains("Born 2008-11-03")
        .contains("Identifiable.");
  }

  @Test
  void shouldWriteAPdfThatOpensOverSeveralPagesWithTheThemesAndNoRealName() throws Exception {
    long start = System.nanoTime();
    ReportFile pdf = reporter.write(request(null, false), ReportFormat.PDF);
    long millis = (System.nanoTime() - start) / 1_000_000;

    try (PDDocument document = Loader.loadPDF(pdf.content())) {
      assertThat(document.getNumberOfPages()).isGreaterThan(1).isEqualTo(pdf.pages());
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("Safeguarding network briefing")
          .contains("Support and intervention")
          .contains("Family and sibling contact")
          .contains("UNCOORDINATED_RISK");
      for (String secret : secrets()) {
        assertThat(text).as("the pseudonymised PDF").doesNotContain(secret);
      }
    }
    System.out.printf(
        "Demo report: %d pages, %d bytes, rendered in %d ms%n",
        pdf.pages(), pdf.content().length, millis);
    Files.write(Path.of("target", "report-demo.pdf"), pdf.content());
  }

  @Test
  void shouldWriteWellFormedXhtmlWithSvgPicturesAndNothingFromElsewhere() throws Exception {
    for (String html : List.of(pseudonymised, identifiable)) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      org.w3c.dom.Document xml =
          factory
              .newDocumentBuilder()
              .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
      org.w3c.dom.NodeList svgs = xml.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
      // An ecomap and a timeline for each of the five children with findings.
      assertThat(svgs.getLength()).isEqualTo(10);
      assertThat(html)
          .doesNotContain("<script")
          .doesNotContain("<link")
          .doesNotContain("src=")
          .doesNotContain("url(");
      assertThat(html.replace("http://www.w3.org/", ""))
          .doesNotContain("http:")
          .doesNotContain("https:");
    }
  }

  @Test
  void shouldCoverOnlyTheChosenChildAndItsFindings() {
    String child = html(request("child-s", false));
    String code = codes().get("person:child-s");

    assertThat(Jsoup.parse(child).select("div.finding").eachText())
        .hasSize(3)
        .allSatisfy(t -> assertThat(t).contains(code));
    assertThat(Jsoup.parse(child).select("svg.ecomap")).hasSize(1);
  }

  @Test
  void shouldRefuseAChildTheStoreDoesNotHold() {
    SgnetException e =
        catchThrowableOfType(
            SgnetException.class,
            () -> reporter.write(request("no-such-child", false), ReportFormat.HTML));

    assertThat(e.kind()).isEqualTo(SgnetException.Kind.NOT_FOUND);
    assertThat(e.getMessage()).contains("no-such-child");
  }

  /** The codes the report used: the key extended by it gives the same codes again. */
  private static Map<String, String> codes() {
    return pseudonymiser.codes(new GraphSnapshotReader(SharedStore.get()).snapshot());
  }

  /** Everything the demo says about people that a pseudonymised report must not show. */
  private static List<String> secrets() {
    List<String> s = new ArrayList<>();
    demo.people()
        .forEach(
            p -> {
              s.add(p.name());
              s.add(p.id());
              if (p.role() != null) {
                s.add(p.role());
              }
              if (p.birthDate() != null) {
                s.add(p.birthDate().toString());
              }
            });
    demo.agencies()
        .forEach(
            a -> {
              s.add(a.name());
              s.add(a.id());
            });
    demo.events()
        .forEach(
            e -> {
              s.add(e.id());
              if (e.summary() != null && e.summary().length() > 20) {
                s.add(e.summary().substring(0, 20));
              }
            });
    // As the markup writes them, too: Children&#39;s.
    s.addAll(s.stream().map(Xml::escape).toList());
    return s;
  }
}
