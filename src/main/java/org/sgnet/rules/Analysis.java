package org.sgnet.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * The result of one run of the catalogue.
 *
 * @param asOf the as-of date D the run used
 * @param windowDays the window W
 * @param findings the findings, sorted as {@code rules.md} says
 */
public record Analysis(LocalDate asOf, int windowDays, List<Finding> findings) {

  public Analysis {
    findings = List.copyOf(findings);
  }
}
