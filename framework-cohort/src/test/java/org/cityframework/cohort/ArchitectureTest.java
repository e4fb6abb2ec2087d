package org.cityframework.cohort;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.cityframework.json.DocumentProblem;
import org.cityframework.json.InvalidDocumentException;
import org.junit.jupiter.api.Test;

/** The cohort module's boundaries, as rules that read as sentences. */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.cityframework.cohort");

  static final ArchRule THE_COHORT_DOES_NOT_DEPEND_ON_THE_COMMAND_LINE_OR_JSON_READERS =
      noClasses()
          .that()
          .resideInAPackage("org.cityframework.cohort..")
          .should()
          .dependOnClassesThat(
              resideInAnyPackage("org.cityframework.cli..", "org.cityframework.json..", "picocli..")
                  .and(not(belongToAnyOf(InvalidDocumentException.class, DocumentProblem.class))))
          .because(
              "the cohort is library API: the command line calls it, never the reverse; of the"
                  + " json module it uses only the bad-input contract (the outcomes file's"
                  + " problems)");

  static final ArchRule THE_COHORT_API_IS_SMALL =
      classes()
          .that()
          .resideInAPackage("org.cityframework.cohort")
          .and()
          .arePublic()
          .and()
          .areTopLevelClasses()
          .should()
          .haveNameMatching(
              "org\\.cityframework\\.cohort\\.(Cohort|CohortSummary|CohortDocument|CohortReport"
                  + "|PeerPosition|PeerPositionDocument|PeerFilter|PopulationBand|Distribution|ScoreGroup|Outcome.*"
                  + "|Correlation.*|ChapterFigure.*)")
          .because("the tallies, the histogram and the JSON writing are internal");

  @Test
  void the_cohort_does_not_depend_on_the_command_line_or_json_readers() {
    THE_COHORT_DOES_NOT_DEPEND_ON_THE_COMMAND_LINE_OR_JSON_READERS.check(CLASSES);
  }

  @Test
  void the_cohort_api_is_small() {
    THE_COHORT_API_IS_SMALL.check(CLASSES);
  }
}
