package org.cityframework.collect;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The collect module's boundaries, as rules that read as sentences. */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.cityframework.collect");

  static final ArchRule COLLECTING_DOES_NOT_DEPEND_ON_THE_COMMAND_LINE_OR_THE_REPORTS =
      noClasses()
          .that()
          .resideInAPackage("org.cityframework.collect..")
          .should()
          .dependOnClassesThat(
              resideInAnyPackage(
                  "org.cityframework.cli..", "org.cityframework.report..", "picocli.."))
          .because("the import is library API: the command line calls it, never the reverse");

  static final ArchRule THE_COLLECT_API_IS_SMALL =
      classes()
          .that()
          .resideInAPackage("org.cityframework.collect")
          .and()
          .arePublic()
          .and()
          .areTopLevelClasses()
          .should()
          .haveNameMatching(
              "org\\.cityframework\\.collect\\.(SurveyMapping|SurveyImport|SurveyTemplate"
                  + "|ImportReport|ImportedRow|SurveyProblem|MappingProblem"
                  + "|InvalidMappingException|ProfileFileNames)")
          .because("the readers of CSV and XLSX, the answers and the facts are internal");

  @Test
  void collecting_does_not_depend_on_the_command_line_or_the_reports() {
    COLLECTING_DOES_NOT_DEPEND_ON_THE_COMMAND_LINE_OR_THE_REPORTS.check(CLASSES);
  }

  @Test
  void the_collect_api_is_small() {
    THE_COLLECT_API_IS_SMALL.check(CLASSES);
  }
}
