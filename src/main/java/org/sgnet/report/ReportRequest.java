package org.sgnet.report;

import org.sgnet.rules.Engine;
import org.sgnet.rules.RuleOptions;

/**
 * What a report covers and how it names people.
 *
 * @param options the run of the catalogue: as-of date, window, thresholds and the one child ({@code
 *     childId}) or every child with findings ({@code null})
 * @param engine the engine of the run
 * @param identifiable real names, ids, roles, birth dates and free text, instead of codes
 */
public record ReportRequest(RuleOptions options, Engine engine, boolean identifiable) {}
