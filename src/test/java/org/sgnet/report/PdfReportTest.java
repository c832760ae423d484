package org.sgnet.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF renderer's fonts: names in any script, in the text and in the pictures, embedded. */
class PdfReportTest {

  static final List<String> NAMES =
      List.of("Zoë Łukasz", "Ἀλέξανδρος", "Алёна", "王小明", "佐藤 花子", "김민준", "محمد علي");

  /** A private-use character: no font has it, so it is always drawn as a missing glyph. */
  private static final String MISSING = "\uE000";

  @Test
  void shouldEmbedEveryFontItUsesAndNoStandardOne() throws IOException {
    byte[] pdf =
        PdfReport.render(page(String.join(", ", NAMES), "<b>Bold</b> <i>italic</i>")).content();

    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          fonts.add(page.getResources().getFont(name));
        }
      }
      assertThat(fonts).hasSizeGreaterThanOrEqualTo(4);
      assertThat(fonts)
          .allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName() + " embedded").isTrue());
    }
  }

  @Test
  void shouldPrintNamesInEveryScriptAsTextThatCanBeSearched() throws IOException {
    byte[] pdf = PdfReport.render(page(String.join(", ", NAMES), "")).content();

    try (PDDocument document = Loader.loadPDF(pdf)) {
      // NFKC: the CJK font has one glyph for 小 and the Kangxi radical ⼩, and the PDF's text
      // layer may name either.
      String text =
          Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
      assertThat(text).contains(NAMES).doesNotContain("#");
    }
  }

  @Test
  void shouldDrawNamesInEveryScriptInsideThePictures() throws IOException {
    List<String> labels = new ArrayList<>(NAMES);
    // Batik's own font fallback lost the first letter after a change of script.
    labels.addAll(List.of("Dr 王小明", "Dr 김민준 (CAMHS)", "Dr محمد"));
    int[] blank = pixels(picture(""));
    for (String label : labels) {
      int[] drawn = pixels(picture(label));
      assertThat(drawn).as(label + " drawn").isNotEqualTo(blank);
      // Were a letter drawn as the empty box of a missing glyph, putting a letter that no font
      // has in its place would change nothing.
      for (int i = 0; i < label.length(); i++) {
        if (!Character.isWhitespace(label.charAt(i))) {
          String missing = label.substring(0, i) + MISSING + label.substring(i + 1);
          assertThat(pixels(picture(missing)))
              .as(label + ": letter " + i + " drawn")
              .isNotEqualTo(drawn);
        }
      }
    }
  }

  @Test
  void shouldPutRightToLeftLabelsOfPicturesInDisplayOrderWithTheirLettersJoined() {
    // مح: meem initial, hah final; displayed right to left, so hah first.
    assertThat(SvgScripts.displayOrder("مح")).isEqualTo("\uFEA2\uFEE3");
    assertThat(SvgScripts.displayOrder("Dr مح")).isEqualTo("Dr \uFEA2\uFEE3");
    assertThat(SvgScripts.family('王')).isEqualTo(SvgScripts.SC);
    assertThat(SvgScripts.family('さ')).isEqualTo(SvgScripts.SC);
    assertThat(SvgScripts.family('김')).isEqualTo(SvgScripts.KR);
    assertThat(SvgScripts.family('Ł')).isNull();
  }

  private static BufferedImage picture(String label) throws IOException {
    StringBuilder svg = Svg.open("ecomap", 400, 60, "test");
    Svg.text(svg, label, 10, 40, "start", "24", false, "#000");
    svg.append("</svg>");
    byte[] pdf = PdfReport.render(page("", svg.toString())).content();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFRenderer(document).renderImageWithDPI(0, 36, ImageType.RGB);
    }
  }

  private static int[] pixels(BufferedImage image) {
    BufferedImage copy =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    copy.getGraphics().drawImage(image, 0, 0, null);
    int[] data = ((DataBufferInt) copy.getRaster().getDataBuffer()).getData();
    return Arrays.copyOf(data, data.length);
  }

  /** A page with the report's stylesheet: what the templates write, in small. */
  private static String page(String text, String more) {
    return "<html><head><style>body { font-family: \"DejaVu Sans\", \"Noto Sans SC\","
        + " \"Noto Sans KR\", Arial, sans-serif; }</style></head><body><p>"
        + Xml.escape(text)
        + "</p>"
        + more
        + "</body></html>";
  }
}
