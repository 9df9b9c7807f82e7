package qc.passerelle.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The boundaries STYLE.md asks for, checked on every module's compiled classes: the contracts library stays a plain
 * library any consumer can take; services never reach into one another (they share only contracts and libraries);
 * libraries never depend on a service; inside a service, feature packages do not depend on each other in a cycle,
 * and only the messaging adapter knows every feature.
 */
class ModuleBoundariesTest {

    /** Every service's base package; a new service adds its own here. */
    static final List<String> SERVICES = List.of("qc.passerelle.agri", "qc.passerelle.commonview",
            "qc.passerelle.recruiting", "qc.passerelle.francization", "qc.passerelle.students");

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("qc.passerelle");
    }

    @Test
    void theContractsLibraryDependsOnNeitherSpringNorMongoDB() {
        noClasses().that().resideInAPackage("qc.passerelle.contracts..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..")
                .check(classes);
    }

    @Test
    void servicesNeverImportOneAnother() {
        for (String service : SERVICES) {
            String[] others = SERVICES.stream().filter(s -> !s.equals(service)).map(s -> s + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage(service + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void librariesNeverDependOnAService() {
        noClasses().that().resideInAnyPackage("qc.passerelle.contracts..", "qc.passerelle.messaging..",
                        "qc.passerelle.web..", "qc.passerelle.security..", "qc.passerelle.kraft..")
                .should().dependOnClassesThat().resideInAnyPackage(SERVICES.stream().map(s -> s + "..").toArray(String[]::new))
                .check(classes);
    }

    @Test
    void theMessagingLibraryDoesNotDependOnTheWebLibrary() {
        noClasses().that().resideInAPackage("qc.passerelle.messaging..")
                .should().dependOnClassesThat().resideInAPackage("qc.passerelle.web..")
                .check(classes);
    }

    @Test
    void featurePackagesOfAServiceDoNotDependOnEachOtherInACycle() {
        for (String service : SERVICES) {
            slices().matching(service + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(classes);
        }
    }

    @Test
    void noFeatureDependsOnItsServicesMessagingAdapter() {
        for (String service : SERVICES) {
            noClasses().that().resideInAPackage(service + "..").and().resideOutsideOfPackage(service + ".messaging..")
                    .should().dependOnClassesThat().resideInAPackage(service + ".messaging..")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }
}
