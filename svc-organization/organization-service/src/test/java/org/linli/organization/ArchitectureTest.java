package org.linli.organization;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.linli.testing.architecture.ServiceArchitecture;

/** The layout rules every service keeps (STYLE.md, DESIGN.md §2), and this one's own, checked on every build. */
@AnalyzeClasses(packages = "org.linli.organization", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final ServiceArchitecture SERVICE = ServiceArchitecture.of("org.linli.organization");

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

    @ArchTest
    static final ArchRule onlyTheWeChatPackageTalksToWxJava = noClasses()
            .that()
            .resideOutsideOfPackage("org.linli.organization.wechat..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("cn.binarywang..", "me.chanjar..")
            .allowEmptyShould(false);
}
