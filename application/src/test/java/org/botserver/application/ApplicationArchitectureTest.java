package org.botserver.application;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.junit.jupiter.api.Test;

/** The application ring's architecture rules, checked against the production classes of this module. */
class ApplicationArchitectureTest {

    static final ArchRule APPLICATION_DEPENDS_ONLY_ON_THE_DOMAIN = classes()
            .that().resideInAPackage("org.botserver.application..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "org.jmolecules..", "org.botserver.domain..", "org.botserver.application..")
            .as("application depends only on the domain");

    static final ArchRule APPLICATION_FEATURES_ARE_FREE_OF_CYCLES = slices()
            .matching("org.botserver.application.(*)..")
            .should().beFreeOfCycles()
            .as("application feature packages are free of cycles");

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.botserver.application");

    @Test
    void application_depends_only_on_the_domain() {
        APPLICATION_DEPENDS_ONLY_ON_THE_DOMAIN.check(PRODUCTION);
    }

    @Test
    void application_feature_packages_are_free_of_cycles() {
        APPLICATION_FEATURES_ARE_FREE_OF_CYCLES.check(PRODUCTION);
    }

    @Test
    void ports_and_services_follow_the_hexagonal_rules() {
        JMoleculesArchitectureRules.ensureHexagonal().check(PRODUCTION);
    }

    @Test
    void a_use_case_that_reaches_for_a_framework_breaks_the_rule() {
        JavaClasses fixture = new ClassFileImporter().importPackages("org.botserver.application.archfixture");

        assertTrue(APPLICATION_DEPENDS_ONLY_ON_THE_DOMAIN.evaluate(fixture).hasViolation());
    }
}
