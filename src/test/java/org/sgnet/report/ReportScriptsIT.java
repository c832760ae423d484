package org.sgnet.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgnet.SharedStore;
import org.sgnet.bundle.Bundle;
import org.sgnet.bundle.Person;
import org.sgnet.export.Pseudonymiser;
import org.sgnet.graph.JGraphTRuleEngine;
import org.sgnet.rules.Analyzer;
import org.sgnet.rules.CypherRuleEngine;
import org.sgnet.rules.DemoBundleCsv;
import org.sgnet.rules.Engine;
import org.sgnet.rules.RuleOptions;
import org.sgnet.store.BundleImporter;
import org.sgnet.store.ImportProgress;
import org.sgnet.store.Store;

/**
 * The PDF report prints names in any script, with its own embedded fonts: the Child J demo with its
 * people renamed in Latin with diacritics, Greek, Cyrillic, Chinese, Japanese, Korean and Arabic.
 */
class ReportScriptsIT {

  private static final List<String> NAMES = PdfReportTest.NAMES;

  @TempDir static Path home;

  static ReportFile pdf;
  static long millis;

  @BeforeAll
  static void importTheRenamedDemoAndWriteItsIdentifiablePdf() throws IOException {
    Bundle demo = DemoBundleCsv.childJ();
    // Child J's network (its ecomap) gets every name; the rest keep theirs.
    List<Person> people = new ArrayList<>();
    int next = 0;
    for (Person p : demo.people()) {
      boolean rename = !p.id().startsWith("child-") && next < NAMES.size() * 3;
      people.add(
          rename
              ? new Person(
                  p.id(),
                  p.kind(),
                  NAMES.get(next++ % NAMES.size()),
                  p.birthDate(),
                  p.agencyId(),
                  p.role(),
                  p.extra(),
                  p.identifiers(),
                  p.postcode(),
                  p.provenance())
              : p);
    }
    Bundle renamed = new Bundle(demo.agencies(), people, demo.ties(), demo.events());
    Store store = SharedStore.clear();
    new BundleImporter(store, 1000).importBundle(renamed, ImportProgress.NONE);
    Analyzer analyzer =
        new Analyzer(
            store, new CypherRuleEngine(store), new JGraphTRuleEngine(store), Clock.systemUTC());
    Reporter reporter = new Reporter(analyzer, store, new Pseudonymiser(home.resolve("key")));
    long start = System.nanoTime();
    pdf =
        reporter.write(
            new ReportRequest(
                RuleOptions.builder().childId("child-j").build(), Engine.CYPHER, true),
            ReportFormat.PDF);
    millis = (System.nanoTime() - start) / 1_000_000;
    Files.write(Path.of("target", "report-scripts.pdf"), pdf.content());
    System.out.printf(
        "Report in seven scripts: %d pages, %d bytes, rendered in %d ms%n",
        pdf.pages(), pdf.content().length, millis);
  }

  @Test
  void shouldEmbedEveryFontItUses() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.content())) {
      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        collectFonts(page.getResources(), fonts);
      }

      assertThat(fonts).isNotEmpty();
      assertThat(fonts)
          .allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName() + " embedded").isTrue());
      assertThat(fonts.stream().map(PDFont::getName).toList())
          .anyMatch(n -> n.contains("DejaVuSans"))
          .anyMatch(n -> n.contains("NotoSansSC"))
          .anyMatch(n -> n.contains("NotoSansKR"));
    }
  }

  @Test
  void shouldPrintEveryNameInItsOwnScriptAsSearchableText() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.content())) {
      // NFKC: the CJK font has one glyph for 小 and the Kangxi radical ⼩, and the PDF's text
      // layer may name either. The ecomap's labels are drawn as outlines (PdfReportTest).
      String text =
          Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);

      assertThat(text).contains(NAMES);
      // A glyph that no font has would have been printed as '#'.
      assertThat(text).doesNotContain("#");
    }
  }

  /** The fonts of a page or picture, and of the pictures (form XObjects) drawn in it. */
  private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      fonts.add(resources.getFont(name));
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      if (x instanceof PDFormXObject form) {
        collectFonts(form.getResources(), fonts);
      }
    }
  }
}
