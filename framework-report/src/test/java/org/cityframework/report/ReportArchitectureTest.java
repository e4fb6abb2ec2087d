package org.cityframework.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The report module's boundaries, as rules that read as sentences. */
class ReportArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.cityframework.report");

  static final ArchRule REPORT_DEPENDS_ON_CORE_AND_RULES_ONLY =
      classes()
          .that()
          .resideInAPackage("org.cityframework.report..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "org.cityframework.report..",
              "org.cityframework.core..",
              "org.cityframework.rules..",
              "java..",
              // the immutable collections that core's and rules' generated accessors return
              "com.google.common.collect..")
          .because("report renders what rules decided; reading documents is the json module's");

  static final ArchRule REPORT_DOES_NOT_DEPEND_ON_JSON_OR_CLI =
      noClasses()
          .that()
          .resideInAPackage("org.cityframework.report..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.cityframework.json..",
              "org.cityframework.cli..",
              "com.fasterxml..",
              "tools.jackson..")
          .because("json and cli build on report, never the other way round");

  static final ArchRule THE_REPORT_API_IS_SMALL =
      classes()
          .that()
          .resideInAPackage("org.cityframework.report")
          .and()
          .arePublic()
          .and()
          .areTopLevelClasses()
          .should()
          .haveNameMatching(
              "org\\.cityframework\\.report\\.(ReportFormat|Roadmap|SafeText|TextOptions|ComparisonReport)")
          .because(
              "the writers and escaping are internal; SafeText is the one cleaning of untrusted text,"
                  + " shared with the command line; TextOptions chooses the summary or the full text"
                  + " report and its width; ComparisonReport lays out diff's comparison of two"
                  + " assessment documents");

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
          .because("names come from the report's words (STYLE.md)");

  @Test
  void report_depends_on_core_and_rules_only() {
    REPORT_DEPENDS_ON_CORE_AND_RULES_ONLY.check(CLASSES);
  }

  @Test
  void report_does_not_depend_on_json_or_cli() {
    REPORT_DOES_NOT_DEPEND_ON_JSON_OR_CLI.check(CLASSES);
  }

  @Test
  void the_report_api_is_small() {
    THE_REPORT_API_IS_SMALL.check(CLASSES);
  }

  @Test
  void names_say_what_a_thing_is() {
    NAMES_SAY_WHAT_A_THING_IS.check(CLASSES);
  }
}
