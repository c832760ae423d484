package org.sgnet.report;

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
import java.util.EnumSet;
import java.util.logging.Level;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.sgnet.SgnetException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders the report's HTML as a PDF with openhtmltopdf: the same document, parsed by jsoup into
 * the W3C DOM the renderer reads, inline SVG drawn by Batik, and DejaVu Sans embedded (subset) so
 * that every name prints whatever its script and whatever fonts the machine has.
 */
final class PdfReport {

  private static final Logger LOG = LoggerFactory.getLogger(PdfReport.class);

  private static final String FAMILY = "DejaVu Sans";

  static {
    // openhtmltopdf logs every step through java.util.logging by default; keep its warnings.
    XRLog.setLoggerImpl(new Slf4jLog());
  }

  /** The PDF and its number of pages. */
  record Pdf(byte[] content, int pages) {}

  private PdfReport() {}

  static Pdf render(String html) {
    org.w3c.dom.Document document = new W3CDom().fromJsoup(Jsoup.parse(html));
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.withW3cDocument(document, null);
    builder.useSVGDrawer(
        new BatikSVGDrawer(
            BatikSVGDrawer.SvgScriptMode.SECURE, BatikSVGDrawer.SvgExternalResourceMode.SECURE));
    EnumSet<FSFontUseCase> everywhere =
        EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG, FSFontUseCase.FALLBACK_FINAL);
    builder.useFont(() -> font("DejaVuSans.ttf"), FAMILY, 400, FontStyle.NORMAL, true, everywhere);
    builder.useFont(
        () -> font("DejaVuSans-Bold.ttf"), FAMILY, 700, FontStyle.NORMAL, true, everywhere);
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
          SgnetException.Kind.FAILURE, "the report font " + file + " is missing");
    }
    return in;
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
