package org.linli.organization;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.apache.ibatis.annotations.Mapper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.bind.annotation.RestController;

/** The layout rules of STYLE.md and DESIGN.md §2, checked on every build. */
@AnalyzeClasses(packages = "org.linli.organization", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles =
            slices().matching("org.linli.organization.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule controllersNeverTouchMappers = noClasses()
            .that()
            .areAnnotatedWith(RestController.class)
            .should()
            .dependOnClassesThat()
            .areAnnotatedWith(Mapper.class);

    @ArchTest
    static final ArchRule mappersNeverSeeWebObjects = noClasses()
            .that()
            .areAnnotatedWith(Mapper.class)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..dto..")
            .orShould()
            .dependOnClassesThat()
            .areAnnotatedWith(RestController.class);

    @ArchTest
    static final ArchRule mappersStayInsideTheirFeature =
            classes().that().areAnnotatedWith(Mapper.class).should().notBePublic();

    @ArchTest
    static final ArchRule constructorInjectionOnly = noFields().should().beAnnotatedWith(Autowired.class);

    @ArchTest
    static final ArchRule onlyTheWeChatPackageTalksToWxJava = noClasses()
            .that()
            .resideOutsideOfPackage("org.linli.organization.wechat..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("cn.binarywang..", "me.chanjar..");

    @ArchTest
    static final ArchRule theApiModuleNeverDependsOnTheService = noClasses()
            .that()
            .resideInAPackage("org.linli.organization.api..")
            .should()
            .dependOnClassesThat()
            .resideOutsideOfPackages(
                    "org.linli.organization.api..", "java..", "org.springframework.web.bind.annotation..");
}
