/**
 * Board reports ({@code sgnet report}, {@code GET /api/report}): a briefing that puts the
 * catalogue's findings under the themes of a multi-agency review, with their evidence and
 * recommendations, the ecomap and the timeline of each child they concern. One HTML document,
 * self-contained (inline CSS and SVG, no scripts, nothing loaded from elsewhere), is the report;
 * the PDF is that same document rendered by openhtmltopdf.
 *
 * <p>Reports are pseudonymised unless asked otherwise: people, agencies and events appear under the
 * codes of pseudonymised exports, and birth dates, roles and free text are left out. No Micronaut
 * here: the command line and the HTTP API wire it.
 */
package org.sgnet.report;
