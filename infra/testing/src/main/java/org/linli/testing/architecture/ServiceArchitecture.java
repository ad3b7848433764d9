package org.linli.testing.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import org.apache.ibatis.annotations.Mapper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.bind.annotation.RestController;

/**
 * The layout rules of STYLE.md and DESIGN.md §2 for one service, whose code lives under {@code
 * basePackage} ({@code org.linli.requests}) and whose {@code -api} module under {@code
 * basePackage.api}. A service's {@code ArchitectureTest} declares each as an {@code @ArchTest} field:
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "org.linli.requests", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     static final ServiceArchitecture SERVICE = ServiceArchitecture.of("org.linli.requests");
 *
 *     @ArchTest
 *     static final ArchRule featurePackagesHaveNoCycles = SERVICE.featurePackagesHaveNoCycles();
 *     ...
 * }
 * }</pre>
 *
 * Every rule fails when it selects nothing ({@code allowEmptyShould(false)}), whatever
 * {@code archunit.properties} says: a misspelt package would otherwise import no classes and every rule
 * would pass, checking nothing.
 */
public final class ServiceArchitecture {

    private final String base;
    private final String root;

    private ServiceArchitecture(String basePackage) {
        int lastDot = basePackage.lastIndexOf('.');
        if (lastDot <= 0) {
            throw new IllegalArgumentException("a service's package is <root>.<service>, e.g. org.linli.requests");
        }
        this.base = basePackage;
        this.root = basePackage.substring(0, lastDot);
    }

    /** The rules for the service under {@code basePackage}; its siblings under the same parent are the other services. */
    public static ServiceArchitecture of(String basePackage) {
        return new ServiceArchitecture(basePackage);
    }

    public ArchRule featurePackagesHaveNoCycles() {
        return slices().matching(base + ".(*)..").should().beFreeOfCycles().allowEmptyShould(false);
    }

    public ArchRule controllersNeverTouchMappers() {
        return noClasses()
                .that()
                .resideInAPackage(base + "..")
                .and()
                .areAnnotatedWith(RestController.class)
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(Mapper.class)
                .allowEmptyShould(false);
    }

    /** A mapper takes the service's own criteria, never a web object (STYLE.md: "a mapper that imports a controller's VO"). */
    public ArchRule mappersNeverSeeWebObjects() {
        return noClasses()
                .that()
                .resideInAPackage(base + "..")
                .and()
                .areAnnotatedWith(Mapper.class)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..dto..")
                .orShould()
                .dependOnClassesThat()
                .areAnnotatedWith(RestController.class)
                .allowEmptyShould(false);
    }

    public ArchRule mappersStayInsideTheirFeature() {
        return classes()
                .that()
                .resideInAPackage(base + "..")
                .and()
                .areAnnotatedWith(Mapper.class)
                .should()
                .notBePublic()
                .allowEmptyShould(false);
    }

    public ArchRule constructorInjectionOnly() {
        return noFields()
                .that()
                .areDeclaredInClassesThat()
                .resideInAPackage(base + "..")
                .should()
                .beAnnotatedWith(Autowired.class)
                .allowEmptyShould(false);
    }

    /** What other services compile against holds no code of this service and no framework beyond Spring MVC's annotations. */
    public ArchRule theApiModuleNeverDependsOnTheService() {
        return noClasses()
                .that()
                .resideInAPackage(base + ".api..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages(base + ".api..", "java..", "org.springframework.web.bind.annotation..")
                .allowEmptyShould(false);
    }

    /**
     * Another service is reached only through its {@code -api} module ({@code org.linli.organization.api..}):
     * its contract, DTOs and events. Its other classes are its own business, and a change to them must not
     * break a service that happens to compile against them. The platform is shared by all.
     */
    public ArchRule otherServicesOnlyThroughTheirApi() {
        DescribedPredicate<JavaClass> anotherServicesInternals = resideInAPackage(root + "..")
                .and(resideOutsideOfPackages(base + "..", root + ".platform..", root + ".*.api.."))
                .as("belong to another service outside its -api module");
        return noClasses()
                .that()
                .resideInAPackage(base + "..")
                .should()
                .dependOnClassesThat(anotherServicesInternals)
                .allowEmptyShould(false);
    }
}
