package org.linli.testing.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule passes on a service that keeps it, fails on one that breaks it, and fails on no classes at all. */
class ServiceArchitectureTest {

    private static final String FIXTURE = "org.linli.testing.architecture.fixture";
    private static final JavaClasses CLASSES = new ClassFileImporter().importPackages(FIXTURE);

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("featurePackagesHaveNoCycles", ServiceArchitecture::featurePackagesHaveNoCycles, "Cycle detected"),
                rule(
                        "controllersNeverTouchMappers",
                        ServiceArchitecture::controllersNeverTouchMappers,
                        "ReadingController"),
                rule("mappersNeverSeeWebObjects", ServiceArchitecture::mappersNeverSeeWebObjects, "ReadingForm"),
                rule(
                        "mappersStayInsideTheirFeature",
                        ServiceArchitecture::mappersStayInsideTheirFeature,
                        "ReadingMapper"),
                rule(
                        "constructorInjectionOnly",
                        ServiceArchitecture::constructorInjectionOnly,
                        "ReadingService.readings"),
                rule(
                        "theApiModuleNeverDependsOnTheService",
                        ServiceArchitecture::theApiModuleNeverDependsOnTheService,
                        "Leaky"),
                rule(
                        "otherServicesOnlyThroughTheirApi",
                        ServiceArchitecture::otherServicesOnlyThroughTheirApi,
                        "organization.household.Household"));
    }

    private static Arguments rule(String name, Function<ServiceArchitecture, ArchRule> rule, String culprit) {
        return Arguments.of(name, rule, culprit);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void holdsForAServiceThatKeepsIt(String name, Function<ServiceArchitecture, ArchRule> rule, String culprit) {
        rule.apply(ServiceArchitecture.of(FIXTURE + ".requests")).check(CLASSES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void failsForAServiceThatBreaksIt(String name, Function<ServiceArchitecture, ArchRule> rule, String culprit) {
        assertThatThrownBy(() -> rule.apply(ServiceArchitecture.of(FIXTURE + ".shortcut"))
                        .check(CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(culprit);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void failsWhenTheServiceHasNoClasses(String name, Function<ServiceArchitecture, ArchRule> rule, String culprit) {
        // a misspelt package in @AnalyzeClasses imports nothing; that must not read as "no violations"
        assertThatThrownBy(() -> rule.apply(ServiceArchitecture.of(FIXTURE + ".misspelt"))
                        .check(CLASSES))
                .isInstanceOf(AssertionError.class);
    }

    @org.junit.jupiter.api.Test
    void theFixtureIsImported() {
        assertThat(CLASSES.containPackage(FIXTURE + ".shortcut.reading")).isTrue();
    }
}
