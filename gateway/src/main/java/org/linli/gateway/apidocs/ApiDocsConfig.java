package org.linli.gateway.apidocs;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

@Configuration(proxyBeanMethods = false)
class ApiDocsConfig {

    /**
     * One exact path per configured group, {@code /docs/{group}/v3/api-docs}. Not a template: router
     * functions are asked before the gateway's routes, and {@code /docs/{group}/...} would also take
     * {@code /docs/org/v3/api-docs}, which the organization-docs route passes to the service.
     */
    @Bean
    RouterFunction<ServerResponse> mergedApiDocsRoutes(ApiDocsProperties properties, MergedApiDocs docs) {
        if (properties.groups().isEmpty()) {
            return request -> Mono.empty();
        }
        RouterFunctions.Builder routes = RouterFunctions.route();
        for (Map.Entry<String, ApiDocsProperties.Group> group :
                properties.groups().entrySet()) {
            routes.GET(pathOf(group.getKey()), request -> docs.serve(group.getKey(), group.getValue()));
        }
        return routes.build();
    }

    static String pathOf(String group) {
        return "/docs/" + group + "/v3/api-docs";
    }
}
