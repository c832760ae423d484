package org.sgnet.api;

import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.sgnet.SgnetException;
import org.sgnet.rules.Analyses;
import org.sgnet.rules.Engine;
import org.sgnet.rules.RuleDefaults;
import org.sgnet.rules.RuleOptions;
import org.sgnet.rules.SharedAnalyses;
import org.sgnet.runs.RunRecord;
import org.sgnet.runs.Runs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the whole catalogue and records the run: for {@code POST /api/runs}, and after every import
 * unless {@code sgnet.runs.record-after-import} is false.
 */
@Singleton
class RunRecorder {

  private static final Logger LOG = LoggerFactory.getLogger(RunRecorder.class);

  private final Analyses analyzer;
  private final RuleDefaults defaults;
  private final Runs runs;
  private final boolean afterImport;

  RunRecorder(
      SharedAnalyses analyzer,
      RuleDefaults defaults,
      Runs runs,
      @Property(name = "sgnet.runs.record-after-import", defaultValue = "true")
          boolean afterImport) {
    this.analyzer = analyzer;
    this.defaults = defaults;
    this.runs = runs;
    this.afterImport = afterImport;
  }

  /** Runs the catalogue with the options and records the run. */
  RunRecord record(RuleOptions options, Engine requested, String by) {
    Runs.requireWholeCatalogue(options);
    Engine engine = defaults.engineFor(requested, options);
    return runs.record(analyzer.analyse(options, engine), options, engine, by);
  }

  /**
   * Records a run after an import, when the setting asks for it. The import is committed by then: a
   * run that cannot be recorded is logged, not reported as a failed import.
   */
  Optional<RunRecord> afterImport(String by) {
    if (!afterImport) {
      return Optional.empty();
    }
    try {
      return Optional.of(record(defaults.options(), null, by));
    } catch (RuntimeException e) {
      // The class and kind only: a message could name what the store refused.
      LOG.warn(
          "The run after an import was not recorded ({}{})",
          e.getClass().getSimpleName(),
          e instanceof SgnetException s ? " " + s.kind() : "");
      return Optional.empty();
    }
  }
}
