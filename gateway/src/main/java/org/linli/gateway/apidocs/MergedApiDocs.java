package org.linli.gateway.apidocs;

import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serves a group's document (居民端 or 工作台) merged from every service's document of that group, read
 * concurrently on each request, so it is as fresh as the services. A service that cannot be read is
 * named in the document instead of silently leaving out its operations.
 */
@Component
class MergedApiDocs {

    private static final Logger log = LoggerFactory.getLogger(MergedApiDocs.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<ApiDocsProperties.Service> services;
    private final ServiceDocs serviceDocs;

    MergedApiDocs(ApiDocsProperties properties, ServiceDocs serviceDocs) {
        this.services = properties.services();
        this.serviceDocs = serviceDocs;
    }

    Mono<ServerResponse> serve(String group, ApiDocsProperties.Group config) {
        return Flux.fromIterable(services)
                // concurrently, in the configured order: the first service keeps a contested path or name
                .flatMapSequential(service -> serviceDocs.fetch(service, group))
                .collectList()
                .map(fetched -> JSON.writeValueAsBytes(merge(group, fetched).toNode(config)))
                .flatMap(body -> ServerResponse.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        // Swagger UI must ask again on reload: a service may be back or changed
                        .cacheControl(CacheControl.noCache())
                        .bodyValue(body));
    }

    private static MergedDocument merge(String group, List<ServiceDocs.Fetched> fetched) {
        MergedDocument document = new MergedDocument(group);
        for (ServiceDocs.Fetched service : fetched) {
            if (service.available()) {
                document.add(service.service().name(), service.document());
            } else {
                document.unavailable(service.service().name(), service.problem());
            }
        }
        List<ServiceDocs.Fetched> missing =
                fetched.stream().filter(f -> !f.available()).toList();
        if (!missing.isEmpty()) {
            log.warn(
                    "The {} API docs are served without the operations of {}",
                    group,
                    missing.stream()
                            .map(f -> f.service().name() + " (" + f.detail() + ")")
                            .collect(Collectors.joining(", ")));
        }
        return document;
    }
}
