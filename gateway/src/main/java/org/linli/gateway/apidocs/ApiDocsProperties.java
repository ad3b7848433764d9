package org.linli.gateway.apidocs;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The API documents the gateway assembles from the services' springdoc groups.
 *
 * @param groups by springdoc group name ({@code resident}, {@code staff}): each is served merged at
 *     {@code /docs/{group}/v3/api-docs}, read from every service's {@code /v3/api-docs/{group}}
 * @param services in the order their operations appear; each is read at the URI of its docs route
 * @param timeout for one service's document, connection to last byte: a service that takes longer is
 *     named as missing rather than holding up the page
 */
@ConfigurationProperties("linli.gateway.api-docs")
public record ApiDocsProperties(Map<String, Group> groups, List<Service> services, Duration timeout) {

    /** What a group path segment and a springdoc group name may be; it becomes part of two URLs. */
    private static final Pattern GROUP_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public ApiDocsProperties {
        // a copy that keeps the configured order: the first group is the one Swagger UI opens on
        groups = groups == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(groups));
        services = services == null ? List.of() : List.copyOf(services);
        timeout = timeout == null ? Duration.ofSeconds(3) : timeout;
        for (String name : groups.keySet()) {
            if (!GROUP_NAME.matcher(name).matches()) {
                throw new IllegalStateException(
                        "linli.gateway.api-docs.groups: '" + name + "' is not a group name ([a-z0-9-]+)");
            }
        }
    }

    /** The merged document's {@code info}. */
    public record Group(String title, String description, String version) {

        public Group {
            if (title == null || title.isBlank()) {
                throw new IllegalStateException("Each linli.gateway.api-docs group needs a title");
            }
            description = description == null ? "" : description.strip();
            version = version == null || version.isBlank() ? "v1" : version;
        }
    }

    /**
     * A service whose groups are merged.
     *
     * @param name as the routes' {@code service} metadata names it, e.g. {@code svc-organization}
     * @param route the id of its docs route, whose URI says where the service is
     */
    public record Service(String name, String route) {

        public Service {
            if (name == null || name.isBlank() || route == null || route.isBlank()) {
                throw new IllegalStateException("Each linli.gateway.api-docs service needs a name and a route");
            }
        }
    }
}
