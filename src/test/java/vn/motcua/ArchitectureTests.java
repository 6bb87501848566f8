package vn.motcua;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Rules the module test does not cover. */
@AnalyzeClasses(packages = "vn.motcua", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

  /**
   * Domain code is plain Java: it can be read, tested and reasoned about without a container or a
   * database.
   */
  @ArchTest
  static final ArchRule domainIsFreeOfSpringAndJdbc =
      noClasses()
          .that()
          .resideInAPackage("..domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..", "java.sql..", "javax.sql..", "jakarta.persistence..")
          .allowEmptyShould(true)
          .because("the domain is plain Java (STYLE.md, habit 2)");

  /** Web controllers go through application services, never straight to a repository's SQL. */
  @ArchTest
  static final ArchRule controllersDoNotUseJdbc =
      noClasses()
          .that()
          .haveSimpleNameEndingWith("Controller")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
          .because("SQL belongs to the repository that owns the table (STYLE.md, habit 5)");
}
