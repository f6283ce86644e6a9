package org.botserver.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.jmolecules.archunit.JMoleculesDddRules;
import org.junit.jupiter.api.Test;

/** Rules across the whole reactor, checked here because only bootstrap sees every module. */
class SystemArchitectureTest {

    static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER = slices()
            .matching("org.botserver.adapter.(*).(*)..")
            .should().notDependOnEachOther()
            .as("adapters do not depend on each other");

    static final ArchRule ONLY_BOOTSTRAP_SEES_EVERY_MODULE = noClasses()
            .that().resideOutsideOfPackage("org.botserver.bootstrap..")
            .should().dependOnClassesThat().resideInAPackage("org.botserver.bootstrap..")
            .as("only bootstrap wires the modules together");

    static final ArchRule THE_CORE_NEVER_SEES_AN_ADAPTER = noClasses()
            .that().resideInAnyPackage("org.botserver.domain..", "org.botserver.application..")
            .should().dependOnClassesThat().resideInAPackage("org.botserver.adapter..")
            .as("domain and application never see an adapter");

    static final ArchRule MODULES_ARE_FREE_OF_CYCLES = slices()
            .matching("org.botserver.(*)..")
            .should().beFreeOfCycles()
            .as("modules are free of cycles");

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.botserver");

    @Test
    void the_rules_see_the_classes_of_every_module() {
        for (String ring : new String[] {"domain", "application", "adapter.in.rest", "adapter.in.ws",
                "adapter.out.persistence", "adapter.out.storage", "bootstrap"}) {
            assertTrue(PRODUCTION.containPackage("org.botserver." + ring), "no classes imported from " + ring);
        }
    }

    @Test
    void adapters_do_not_depend_on_each_other() {
        ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER.check(PRODUCTION);
    }

    @Test
    void only_bootstrap_sees_every_module() {
        ONLY_BOOTSTRAP_SEES_EVERY_MODULE.check(PRODUCTION);
    }

    @Test
    void domain_and_application_never_see_an_adapter() {
        THE_CORE_NEVER_SEES_AN_ADAPTER.check(PRODUCTION);
    }

    @Test
    void modules_are_free_of_cycles() {
        MODULES_ARE_FREE_OF_CYCLES.check(PRODUCTION);
    }

    @Test
    void the_whole_system_follows_the_hexagonal_and_ddd_rules() {
        JMoleculesArchitectureRules.ensureHexagonal().check(PRODUCTION);
        JMoleculesDddRules.all().check(PRODUCTION);
    }

    @Test
    void an_adapter_that_calls_another_adapter_breaks_the_rule() {
        JavaClasses fixture = new ClassFileImporter()
                .importPackages("org.botserver.adapter.in.archfixture", "org.botserver.adapter.out.archfixture");

        assertTrue(ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER.evaluate(fixture).hasViolation());
    }
}
