package org.sgnet.report;

import java.nio.charset.StandardCharsets;
import org.sgnet.export.Pseudonymiser;
import org.sgnet.rules.Analyzer;
import org.sgnet.store.Store;

/**
 * Writes board reports: runs the catalogue, gathers the evidence, ecomaps and timelines of the
 * children it covers, and writes one HTML document, or that document as a PDF.
 */
public final class Reporter {

  private final ReportAssembler assembler;

  /**
   * @param analyzer runs the catalogue and explains its findings
   * @param store the store the children's networks and chronologies are read from
   * @param pseudonymiser the codes of pseudonymised exports, which reports share
   */
  public Reporter(Analyzer analyzer, Store store, Pseudonymiser pseudonymiser) {
    this.assembler = new ReportAssembler(analyzer, store, pseudonymiser);
  }

  /**
   * Writes a report.
   *
   * @throws org.sgnet.SgnetException of kind NOT_FOUND for an unknown child, INVALID_INPUT for bad
   *     options of the run
   */
  public ReportFile write(ReportRequest request, ReportFormat format) {
    Report report = assembler.assemble(request);
    String html = HtmlReport.write(report);
    return switch (format) {
      case HTML ->
          new ReportFile(
              format,
              html.getBytes(StandardCharsets.UTF_8),
              report.findings(),
              report.children().size(),
              0);
      case PDF -> {
        PdfReport.Pdf pdf = PdfReport.render(html);
        yield new ReportFile(
            format, pdf.content(), report.findings(), report.children().size(), pdf.pages());
      }
    };
  }
}
