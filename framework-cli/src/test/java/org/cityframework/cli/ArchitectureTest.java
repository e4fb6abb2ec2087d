package org.cityframework.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "org.cityframework.cli",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule only_the_main_class_is_public =
      classes()
          .that()
          .areNotAssignableTo(CityFramework.class)
          .should()
          .notBePublic()
          .because("the command line's API is its commands, not its classes");

  @ArchTest
  static final ArchRule nothing_exits_the_virtual_machine_but_main =
      noClasses()
          .that()
          .areNotAssignableTo(CityFramework.class)
          .should()
          .callMethod(System.class, "exit", int.class)
          .because("commands return exit codes, so tests can run them in-process");
}
