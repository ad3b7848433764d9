package org.linli.organization.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the gateway's Swagger UI shows of this service: a bearer-token scheme, so "Authorize" works.
 * (Controllers' {@code Caller} arguments are hidden by the platform, since they come from the token.)
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    private static final String BEARER = "bearer-token";

    @Bean
    OpenAPI organizationApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("svc-organization")
                        .version("v1")
                        .description("Identity (WeChat and staff login, tokens, real-name verification) and the "
                                + "registry: geography, households, party organisations and members, 党员联户."))
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
