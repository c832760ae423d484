package org.sgnet.report;

/**
 * A written report and what it holds.
 *
 * @param format its format
 * @param content the document's bytes
 * @param findings how many findings it presents
 * @param children how many children have a section of their own
 * @param pages the number of pages of a PDF, 0 for HTML
 */
public record ReportFile(
    ReportFormat format, byte[] content, int findings, int children, int pages) {}
