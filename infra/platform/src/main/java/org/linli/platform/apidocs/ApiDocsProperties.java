package org.linli.platform.apidocs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.lang.Nullable;

/**
 * What the gateway's Swagger UI says about a service.
 *
 * @param title defaults to {@code spring.application.name} ({@code svc-organization})
 * @param version the API's version, not the build's
 * @param description one or two sentences: what the service is for
 */
@ConfigurationProperties("linli.api-docs")
public record ApiDocsProperties(
        @Nullable String title, @DefaultValue("v1") String version, @Nullable String description) {}
