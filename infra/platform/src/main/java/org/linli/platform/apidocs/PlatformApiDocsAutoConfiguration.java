package org.linli.platform.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.linli.platform.access.Access;
import org.linli.platform.access.Audience;
import org.linli.platform.error.ProblemErrorController;
import org.linli.platform.security.Caller;
import org.linli.platform.security.LinliSecurityProperties;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.models.GroupedOpenApi;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * For services that publish OpenAPI (springdoc): the document's info from {@code linli.api-docs.*}, and
 * a bearer-token scheme required by every operation, so Swagger UI's "Authorize" works. A {@link
 * Caller} argument comes from the verified token, not from the request, so it is no parameter; the
 * error page answers for every path and is no operation of its own. A service adds to the document
 * with {@code OpenApiCustomizer} beans, or replaces it with an {@link OpenAPI} bean of its own.
 */
@AutoConfiguration
@ConditionalOnClass(SpringDocUtils.class)
@EnableConfigurationProperties(ApiDocsProperties.class)
public class PlatformApiDocsAutoConfiguration {

    /** The scheme's name in {@code components.securitySchemes}. */
    public static final String BEARER = "bearer-token";

    static {
        SpringDocUtils.getConfig()
                .addRequestWrapperToIgnore(Caller.class)
                .addHiddenRestControllers(ProblemErrorController.class);
    }

    @Bean
    @ConditionalOnMissingBean
    OpenAPI serviceApi(ApiDocsProperties properties, Environment environment) {
        String title = title(properties, environment);
        return new OpenAPI()
                .info(new Info().title(title).version(properties.version()).description(properties.description()))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT"))
                        .addSchemas(ProblemSchemas.PROBLEM, ProblemSchemas.problem())
                        .addSchemas(ProblemSchemas.FIELD_PROBLEM, ProblemSchemas.fieldProblem())
                        .addSchemas(ProblemSchemas.ROW_PROBLEM, ProblemSchemas.rowProblem()))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /**
     * One server, relative: "Try it out" goes to whoever served the document (the gateway, for Swagger
     * UI), and no service's own address is published. A customizer, not the {@link OpenAPI} bean's
     * servers: springdoc, building the groups' documents, may put the request's own address back.
     */
    @Bean
    GlobalOpenApiCustomizer linliRelativeServer() {
        return api -> api.setServers(List.of(new Server().url("/").description("The host that served this document")));
    }

    @Bean
    OperationDocs linliOperationDocs() {
        return new OperationDocs();
    }

    @Bean
    @ConditionalOnBean(LinliSecurityProperties.class)
    PublicOperationsCheck linliPublicOperationsCheck(LinliSecurityProperties security) {
        return new PublicOperationsCheck(security.publicPaths());
    }

    /** What the residents' mini-program calls: {@code /v3/api-docs/resident}. */
    @Bean
    GroupedOpenApi residentApi(ApiDocsProperties properties, Environment environment) {
        return group(Audience.RESIDENTS, "居民端 · Resident (mini-program) API", properties, environment);
    }

    /** What the staff console calls: {@code /v3/api-docs/staff}. */
    @Bean
    GroupedOpenApi staffApi(ApiDocsProperties properties, Environment environment) {
        return group(Audience.STAFF, "工作台 · Staff (console) API", properties, environment);
    }

    private static GroupedOpenApi group(
            Audience audience, String title, ApiDocsProperties properties, Environment environment) {
        String service = title(properties, environment);
        return GroupedOpenApi.builder()
                .group(audience.group())
                .displayName(title)
                .addOpenApiMethodFilter(method -> Access.find(method)
                        .map(access -> access.audiences().contains(audience))
                        .orElse(false))
                .addOpenApiCustomizer(api -> api.info(new Info()
                        .title(service + " · " + title)
                        .version(properties.version())
                        .description(properties.description())))
                .build();
    }

    private static String title(ApiDocsProperties properties, Environment environment) {
        return properties.title() != null
                ? properties.title()
                : environment.getProperty("spring.application.name", "Linli service");
    }
}
