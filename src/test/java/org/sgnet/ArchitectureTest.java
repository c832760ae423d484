package org.sgnet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package boundaries of the house style, checked on the compiled classes. */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sgnet");
  }

  @Test
  void shouldKeepAnalysisAndImportCodeFreeOfMicronaut() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.sgnet.bundle..",
            "org.sgnet.sources..",
            "org.sgnet.identity..",
            "org.sgnet.store..",
            "org.sgnet.network..",
            "org.sgnet.timeline..",
            "org.sgnet.rules..",
            "org.sgnet.catalogue..",
            "org.sgnet.graph..",
            "org.sgnet.export..",
            "org.sgnet.report..",
            "org.sgnet.query..",
            "org.sgnet.records..",
            "org.sgnet.runs..",
            "org.sgnet.webhooks..",
            "org.sgnet.generate..",
            "org.sgnet.load..",
            "org.sgnet.trend..",
            "org.sgnet.backup..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.micronaut..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void shouldKeepSpringDataNeo4jInsideTheRecordsAdapter() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.sgnet.records..", "org.springframework..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..")
        .check(classes);
  }

  @Test
  void shouldNeverLetEntitiesLeaveTheRecordsAdapter() {
    classes()
        .that()
        .haveSimpleNameEndingWith("Entity")
        .or()
        .haveSimpleNameEndingWith("Repository")
        .should()
        .notBePublic()
        .andShould()
        .resideInAPackage("org.sgnet.records")
        .check(classes);
  }

  @Test
  void shouldKeepTheBundleFormatIndependentOfTheStore() {
    noClasses()
        .that()
        .resideInAPackage("org.sgnet.bundle..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.neo4j..", "org.sgnet.store..", "org.sgnet.cli..", "org.sgnet.api..")
        .check(classes);
  }

  @Test
  void shouldKeepSourceAdaptersIndependentOfTheStore() {
    // An adapter only maps; matching against the store and writing are the identity package's.
    noClasses()
        .that()
        .resideInAPackage("org.sgnet.sources..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.neo4j..",
            "org.sgnet.store..",
            "org.sgnet.identity..",
            "org.sgnet.cli..",
            "org.sgnet.api..")
        .check(classes);
  }

  @Test
  void shouldLetAdaptersUseOnlyTheCoreOfTheSourcesPackageNotEachOther() {
    for (String format :
        java.util.List.of("ssda903", "cin", "annexa", "ssd", "dfeapi", "partner")) {
      noClasses()
          .that()
          .resideInAPackage("org.sgnet.sources." + format + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              java.util.stream.Stream.of("ssda903", "cin", "annexa", "ssd", "dfeapi", "partner")
                  .filter(other -> !other.equals(format))
                  .map(other -> "org.sgnet.sources." + other + "..")
                  .toArray(String[]::new))
          .check(classes);
    }
  }

  @Test
  void shouldLetOnlyTheEdgesTranslateFailuresForUsers() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "org.sgnet.cli..", "org.sgnet.api..", "org.sgnet.security..", "org.sgnet.web..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("picocli..", "io.micronaut.http..")
        .check(classes);
  }

  @Test
  void shouldKeepFeaturePackagesFreeOfCycles() {
    // Every top-level package of org.sgnet is one slice (a feature, or an edge such as api, web,
    // cli, app); read models live with the feature that reads them, so the edges depend on the
    // features and the features on the store, never back.
    slices().matching("org.sgnet.(*)..").should().beFreeOfCycles().check(classes);
  }
}
