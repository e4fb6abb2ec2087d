package org.cityframework.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The JSON module reads and writes documents; it renders nothing and trusts no type ids. */
class JsonArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.cityframework");

  static final ArchRule JSON_KNOWS_NOTHING_OF_RENDERING =
      noClasses()
          .that()
          .resideInAPackage("org.cityframework.json..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.cityframework.report..", "org.cityframework.cli..")
          .because("documents are data; rendering is the report module's work");

  static final ArchRule NO_TYPE_IDS_FROM_INPUT =
      noClasses()
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("com.fasterxml.jackson.annotation.JsonTypeInfo")
          .orShould()
          .callMethodWhere(
              com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                  com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching(
                      "activateDefaultTyping.*|enableDefaultTyping.*")))
          .because("a document must never choose which Java class gets instantiated");

  static final ArchRule CORE_AND_RULES_KNOW_NOTHING_OF_JACKSON =
      classes()
          .that()
          .resideInAnyPackage("org.cityframework.core..", "org.cityframework.rules..")
          .should()
          .onlyDependOnClassesThat()
          .resideOutsideOfPackages("tools.jackson..", "com.fasterxml.jackson..")
          .because("the model and the rules are independent of any document format");

  @Test
  void json_knows_nothing_of_rendering() {
    JSON_KNOWS_NOTHING_OF_RENDERING.check(CLASSES);
  }

  @Test
  void no_type_ids_are_taken_from_input() {
    NO_TYPE_IDS_FROM_INPUT.check(CLASSES);
  }

  @Test
  void core_and_rules_know_nothing_of_jackson() {
    CORE_AND_RULES_KNOW_NOTHING_OF_JACKSON.check(CLASSES);
  }
}
