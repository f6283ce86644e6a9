package org.botserver.adapter.out.persistence.postgres;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.jmolecules.archunit.JMoleculesArchitectureRules;

/** The adapters show the rest of the server their entry points and settings, and nothing of JPA or Hibernate. */
@AnalyzeClasses(packages = "org.botserver", importOptions = ImportOption.DoNotIncludeTests.class)
class PersistenceArchitectureTest {

    private static final String ADAPTER = "org.botserver.adapter.out.persistence..";

    @ArchTest
    static final ArchRule only_the_entry_point_and_its_settings_are_public = classes()
            .that().resideInAPackage(ADAPTER).and().areTopLevelClasses()
            .and().doNotHaveSimpleName("PostgresPersistence").and().doNotHaveSimpleName("PersistenceSettings")
            .and().doNotHaveSimpleName("GroupCommit")
            .and().doNotHaveSimpleName("RedisCache").and().doNotHaveSimpleName("InProcessCache")
            .and().doNotHaveSimpleName("LuceneVectorIndex")
            .and().doNotHaveSimpleName("QdrantVectorIndex")
            .and().doNotHaveSimpleName("Bucket4jRateBuckets")
            .should().notHaveModifier(JavaModifier.PUBLIC);

    @ArchTest
    static final ArchRule database_rows_stay_package_private = classes()
            .that().areAnnotatedWith(Entity.class)
            .should().notBePublic().andShould().resideInAPackage(ADAPTER);

    @ArchTest
    static final ArchRule domain_and_application_know_nothing_of_persistence = noClasses()
            .that().resideInAnyPackage("org.botserver.domain..", "org.botserver.application..")
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTER, "jakarta.persistence..", "org.hibernate..",
                    "org.flywaydb..", "io.zonky..");

    @ArchTest
    static final ArchRule the_adapter_fits_the_hexagon = JMoleculesArchitectureRules.ensureHexagonal();
}
