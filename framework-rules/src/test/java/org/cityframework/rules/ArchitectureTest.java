package org.cityframework.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The module boundaries of DESIGN.md, written as rules that read as sentences. */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.cityframework");

  static final ArchRule CORE_DEPENDS_ON_NOTHING_OF_OURS =
      classes()
          .that()
          .resideInAPackage("org.cityframework.core..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "org.cityframework.core..",
              "java..",
              "com.google.common..",
              "org.immutables..",
              "com.google.errorprone.annotations..",
              "javax.annotation..")
          .because("core holds the types only: no rules, no JSON, no rendering");

  static final ArchRule RULES_DO_NOT_DEPEND_ON_JSON_OR_RENDERING =
      noClasses()
          .that()
          .resideInAPackage("org.cityframework.rules..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.cityframework.json..",
              "org.cityframework.report..",
              "org.cityframework.cli..",
              "com.fasterxml..",
              "tools.jackson..")
          .because("rules decide; reading and writing documents is the json module's work");

  static final ArchRule THE_RULES_API_IS_SMALL =
      classes()
          .that()
          .resideInAPackage("org.cityframework.rules")
          .and()
          .arePublic()
          .and()
          .areTopLevelClasses()
          .should()
          .haveNameMatching(
              "org\\.cityframework\\.rules\\.(Assessor|Assessment|Finding|Evidence|Facts|Check"
                  + "|CheckInfo|CheckProvider|Catalogue|Criteria|Verdict|Question|Status|Priority|Effort|Maturity"
                  + "|Score|Scores|Tailoring|Waiver|Progress|StatusChange|ScoreMove|Publication"
                  + "|AssessmentComparison|ReportedAssessment)")
          .because("everything else, the built-in checks included, is internal");

  static final ArchRule NAMES_SAY_WHAT_A_THING_IS =
      noClasses()
          .should()
          .haveSimpleNameEndingWith("Manager")
          .orShould()
          .haveSimpleNameEndingWith("Util")
          .orShould()
          .haveSimpleNameEndingWith("Utils")
          .orShould()
          .haveSimpleNameEndingWith("Helper")
          .orShould()
          .haveSimpleNameEndingWith("DTO")
          .because("names come from the report's words (STYLE.md)");

  @Test
  void core_depends_on_nothing_of_ours() {
    CORE_DEPENDS_ON_NOTHING_OF_OURS.check(CLASSES);
  }

  @Test
  void rules_do_not_depend_on_json_or_rendering() {
    RULES_DO_NOT_DEPEND_ON_JSON_OR_RENDERING.check(CLASSES);
  }

  @Test
  void the_rules_api_is_small() {
    THE_RULES_API_IS_SMALL.check(CLASSES);
  }

  @Test
  void names_say_what_a_thing_is() {
    NAMES_SAY_WHAT_A_THING_IS.check(CLASSES);
  }
}
