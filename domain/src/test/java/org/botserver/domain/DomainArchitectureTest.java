package org.botserver.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.jmolecules.archunit.JMoleculesDddRules;
import org.junit.jupiter.api.Test;

/** The domain ring's architecture rules, checked against the production classes of this module. */
class DomainArchitectureTest {

    static final ArchRule DOMAIN_DEPENDS_ONLY_ON_JAVA_AND_JMOLECULES = classes()
            .that().resideInAPackage("org.botserver.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.jmolecules..", "org.botserver.domain..")
            .as("domain depends only on java and jmolecules");

    static final ArchRule DOMAIN_FEATURES_ARE_FREE_OF_CYCLES = slices()
            .matching("org.botserver.domain.(*)..")
            .should().beFreeOfCycles()
            .as("domain feature packages are free of cycles");

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.botserver.domain");

    @Test
    void domain_depends_only_on_java_and_jmolecules() {
        DOMAIN_DEPENDS_ONLY_ON_JAVA_AND_JMOLECULES.check(PRODUCTION);
    }

    @Test
    void domain_feature_packages_are_free_of_cycles() {
        DOMAIN_FEATURES_ARE_FREE_OF_CYCLES.check(PRODUCTION);
    }

    @Test
    void domain_follows_the_jmolecules_ddd_rules() {
        JMoleculesDddRules.all().check(PRODUCTION);
    }

    @Test
    void domain_follows_the_hexagonal_rules() {
        JMoleculesArchitectureRules.ensureHexagonal().check(PRODUCTION);
    }

    @Test
    void a_domain_class_that_leaks_a_framework_type_breaks_the_rule() {
        JavaClasses fixture = new ClassFileImporter().importPackages("org.botserver.domain.archfixture");

        assertTrue(DOMAIN_DEPENDS_ONLY_ON_JAVA_AND_JMOLECULES.evaluate(fixture).hasViolation());
    }
}
