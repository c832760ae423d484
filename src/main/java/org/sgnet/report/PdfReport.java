package org.sgnet.report;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Level;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.sgnet.SgnetException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders the report's HTML as a PDF with openhtmltopdf: the same document, parsed by jsoup into
 * the W3C DOM the renderer reads, inline SVG drawn by Batik, and its fonts embedded (subsets) so
 * that every name prints whatever its script and whatever fonts the machine has. No font of the
 * machine nor any of the PDF's standard 14 is used.
 */
final class PdfReport {

  private static final Logger LOG = LoggerFactory.getLogger(PdfReport.class);

  /** One font file embedded in the reports, under the family name the stylesheet uses. */
  private record Face(String family, int weight, String file) {}

  /**
   * DejaVu Sans first (Latin, Greek, Cyrillic, Arabic, Hebrew and more), then Noto Sans SC (Han,
   * kana) and Noto Sans KR (Hangul) for what it lacks: the same order as the stylesheet's and the
   * pictures' font-family lists, and as the last resort for any other glyph. The CJK fonts come in
   * one weight: bold CJK text is printed in the regular weight rather than not at all. A glyph that
   * none of them has is printed as '#'.
   */
  private static final List<Face> FACES =
      List.of(
          new Face("DejaVu Sans", 400, "DejaVuSans.ttf"),
          new Face("DejaVu Sans", 700, "DejaVuSans-Bold.ttf"),
          new Face(SvgScripts.SC, 400, "NotoSansSC_400Regular.ttf"),
          new Face(SvgScripts.KR, 400, "NotoSansKR_400Regular.ttf"));

  static {
    // openhtmltopdf logs every step through java.util.logging by default; keep its warnings.
    XRLog.setLoggerImpl(new Slf4jLog());
  }

  /** The PDF and its number of pages. */
  record Pdf(byte[] content, int pages) {}

  private PdfReport() {}

  static Pdf render(String html) {
    org.w3c.dom.Document document = new W3CDom().fromJsoup(Jsoup.parse(html));
    SvgScripts.prepare(document);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.withW3cDocument(document, null);
    BatikSVGDrawer svg =
        new BatikSVGDrawer(
            BatikSVGDrawer.SvgScriptMode.SECURE, BatikSVGDrawer.SvgExternalResourceMode.SECURE);
    builder.useSVGDrawer(svg);
    for (Face face : FACES) {
      // One call per use: a font given for several uses at once is ignored for the document's
      // text (openhtmltopdf 1.1.31), which then falls back to the unembedded Helvetica.
      builder.useFont(
          () -> font(face.file()),
          face.family(),
          face.weight(),
          FontStyle.NORMAL,
          true,
          EnumSet.of(FSFontUseCase.DOCUMENT));
      // The builder hands only font files, not streams, to the SVG drawer; without them Batik
      // draws the pictures' text with the machine's fonts, or as empty boxes.
      builder.useFont(
          FontFiles.DIR.resolve(face.file()).toFile(),
          face.family(),
          face.weight(),
          FontStyle.NORMAL,
          true,
          EnumSet.of(FSFontUseCase.SVG));
    }
    // Right-to-left names (Arabic, Hebrew) in their order, and Arabic letters joined: ICU's bidi
    // and shaping, which openhtmltopdf does not do by itself.
    builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
    builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
    builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
    builder.withProducer("sgnet");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      renderer.layout();
      // Without closing, so that the pages can be counted before the document is saved.
      renderer.createPDFWithoutClosing();
      int pages = renderer.getPdfDocument().getNumberOfPages();
      renderer.getPdfDocument().save(out);
      renderer.getPdfDocument().close();
      return new Pdf(out.toByteArray(), pages);
    } catch (IOException e) {
      throw new SgnetException(SgnetException.Kind.FAILURE, "the PDF could not be written", e);
    }
  }

  private static InputStream font(String file) {
    InputStream in = PdfReport.class.getResourceAsStream("/report/fonts/" + file);
    if (in == null) {
      throw new SgnetException(
          SgnetException.Kind.FAILURE,
          "the report font "
              + file
              + " is missing from the build (the CJK fonts come from src/main/web's npm packages:"
              + " run npm ci there, then build again)");
    }
    return in;
  }

  /**
   * The fonts copied once per process out of the jar into a temporary folder, for the SVG drawer,
   * which reads only files. Removed when the process ends.
   */
  private static final class FontFiles {

    static final Path DIR = copy();

    private static Path copy() {
      try {
        Path dir = Files.createTempDirectory("sgnet-report-fonts");
        dir.toFile().deleteOnExit();
        for (Face face : FACES) {
          Path file = dir.resolve(face.file());
          try (InputStream in = font(face.file())) {
            Files.copy(in, file);
          }
          file.toFile().deleteOnExit();
        }
        return dir;
      } catch (IOException e) {
        throw new SgnetException(
            SgnetException.Kind.FAILURE,
            "the report fonts could not be copied for the pictures",
            e);
      }
    }
  }

  /** openhtmltopdf's messages through SLF4J: warnings as warnings, the rest at debug level. */
  private static final class Slf4jLog implements XRLogger {

    @Override
    public void log(String where, Level level, String msg) {
      log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
      if (level.intValue() >= Level.WARNING.intValue()) {
        LOG.warn("{}: {}", where, msg, th);
      } else {
        LOG.debug("{}: {}", where, msg, th);
      }
    }

    @Override
    public void setLevel(String logger, Level level) {
      // Levels are the logging configuration's business.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
      return diagnostic.getLevel().intValue() >= Level.WARNING.intValue()
          ? LOG.isWarnEnabled()
          : LOG.isDebugEnabled();
    }
  }
}
