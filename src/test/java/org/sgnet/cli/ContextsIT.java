package org.sgnet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgnet.demo.DemoBundle;
import org.sgnet.network.CountsReader;
import org.sgnet.rules.Analyzer;
import org.sgnet.rules.Engine;
import org.sgnet.rules.Finding;
import org.sgnet.rules.RuleOptions;
import org.sgnet.store.Neo4jThreads;
import org.sgnet.store.Store;
import org.sgnet.store.StoreOpening;

/** A command's context with its store opened beside it, and what stays running when it fails. */
class ContextsIT {

  @Test
  void shouldAnswerWithTheStoreOpenedBesideTheContextAsWithOneOpenedByTheBean(@TempDir Path dir)
      throws Exception {
    Map<String, Object> properties = demoStore(dir);

    Map<String, Long> counts;
    java.util.List<Finding> findings;
    try (ApplicationContext context = Contexts.start(properties)) {
      assertThat(context.findBean(StoreOpening.class)).isPresent();
      counts = new CountsReader(context.getBean(Store.class)).counts();
      findings = findings(context);
    }
    // The same store opened the way it was before: by the bean, once the context started.
    try (ApplicationContext context =
        ApplicationContext.builder()
            .properties(properties)
            .environments("cli")
            .deduceEnvironment(false)
            .banner(false)
            .start()) {
      assertThat(context.findBean(StoreOpening.class)).isEmpty();
      assertThat(new CountsReader(context.getBean(Store.class)).counts()).isEqualTo(counts);
      assertThat(findings(context)).isEqualTo(findings);
    }
    assertThat(counts).containsEntry("people", 28L);
    assertThat(findings).isNotEmpty();
  }

  @Test
  void shouldStopTheStoreWhenTheContextFailsAfterOpeningIt(@TempDir Path dir) throws Exception {
    Map<String, Object> properties = new java.util.HashMap<>(demoStore(dir));
    properties.put("sgnet.test.fail-after-store", "true");
    Set<String> before = Neo4jThreads.now();

    assertThatThrownBy(() -> Contexts.start(properties))
        .hasStackTraceContaining("failed on purpose after opening");

    // Nothing of the store is left: no thread that keeps the JVM alive, the directory free.
    assertThat(Neo4jThreads.onceSettled(before)).isSubsetOf(before);
    properties.remove("sgnet.test.fail-after-store");
    try (ApplicationContext context = Contexts.start(properties)) {
      assertThat(new CountsReader(context.getBean(Store.class)).counts())
          .containsEntry("people", 28L);
    }
  }

  @Test
  void shouldOpenNoStoreForAContextWithoutIt(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("db");
    try (ApplicationContext context =
        Contexts.startWithoutStore(Map.of("sgnet.store.db", db.toString()))) {
      assertThat(context.findBean(StoreOpening.class)).isEmpty();
      assertThat(context.findBean(Store.class)).isEmpty();
    }
    assertThat(db).doesNotExist();
  }

  private static java.util.List<Finding> findings(ApplicationContext context) {
    return context
        .getBean(Analyzer.class)
        .analyse(RuleOptions.defaults(), Engine.CYPHER)
        .findings();
  }

  /** The demo case imported into a new store; returns the properties that name it. */
  private static Map<String, Object> demoStore(Path dir) {
    Path db = dir.resolve("db");
    Path bundle = DemoBundle.extract(dir.resolve("bundle"));
    assertThat(Sgnet.execute("import", bundle.toString(), "--db", db.toString())).isZero();
    return Map.of("sgnet.store.db", db.toString());
  }
}
