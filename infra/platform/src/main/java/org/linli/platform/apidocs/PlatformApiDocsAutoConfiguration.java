package org.linli.platform.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.linli.platform.error.ProblemErrorController;
import org.linli.platform.security.Caller;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
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
        String title = properties.title() != null
                ? properties.title()
                : environment.getProperty("spring.application.name", "Linli service");
        return new OpenAPI()
                .info(new Info().title(title).version(properties.version()).description(properties.description()))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
