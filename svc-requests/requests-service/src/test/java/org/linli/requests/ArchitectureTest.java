package org.linli.requests;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.linli.testing.architecture.ServiceArchitecture;

/** The layout rules every service keeps (STYLE.md, DESIGN.md §2), checked on every build. */
@AnalyzeClasses(packages = "org.linli.requests", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final ServiceArchitecture SERVICE = ServiceArchitecture.of("org.linli.requests");

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = SERVICE.featurePackagesHaveNoCycles();

    @ArchTest
    static final ArchRule controllersNeverTouchMappers = SERVICE.controllersNeverTouchMappers();

    @ArchTest
    static final ArchRule mappersNeverSeeWebObjects = SERVICE.mappersNeverSeeWebObjects();

    @ArchTest
    static final ArchRule mappersStayInsideTheirFeature = SERVICE.mappersStayInsideTheirFeature();

    @ArchTest
    static final ArchRule constructorInjectionOnly = SERVICE.constructorInjectionOnly();

    @ArchTest
    static final ArchRule theApiModuleNeverDependsOnTheService = SERVICE.theApiModuleNeverDependsOnTheService();

    @ArchTest
    static final ArchRule otherServicesOnlyThroughTheirApi = SERVICE.otherServicesOnlyThroughTheirApi();
}
