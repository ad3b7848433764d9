package org.linli.gateway.apidocs;

import io.netty.channel.ChannelOption;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one service's document of one springdoc group, {@code /v3/api-docs/{group}}, at the URI of the
 * service's docs route: the address is configured once, for the route.
 */
@Component
class ServiceDocs {

    /**
     * A service's document, or why there is none: {@code problem} for the document's readers,
     * {@code detail} (the error as it came, addresses included) for the log.
     */
    record Fetched(ApiDocsProperties.Service service, JsonNode document, String problem, String detail) {

        boolean available() {
            return document != null;
        }
    }

    /** A large service's document runs to a few hundred kB; WebClient's default buffer is 256 kB. */
    private static final int MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

    /** A plain mapper: a document is read as a tree and written back as one, nothing to configure. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RouteLocator routes;
    private final WebClient client;
    private final Duration timeout;

    ServiceDocs(RouteLocator routes, ApiDocsProperties properties) {
        this.routes = routes;
        this.timeout = properties.timeout();
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) timeout.toMillis())
                .responseTimeout(timeout);
        this.client = WebClient.builder()
                .clientConnector(new ReactorClientHttpConnector(http))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(MAX_DOCUMENT_BYTES))
                .build();
    }

    /** Never fails: a service that cannot be read comes back with the reason. */
    Mono<Fetched> fetch(ApiDocsProperties.Service service, String group) {
        return routes.getRoutes()
                .filter(route -> route.getId().equals(service.route()))
                .next()
                .flatMap(route -> read(documentUri(route, group)))
                .map(document -> new Fetched(service, document, null, null))
                .switchIfEmpty(Mono.fromSupplier(() -> {
                    String problem = "no route '" + service.route() + "' in the gateway";
                    return new Fetched(service, null, problem, problem);
                }))
                .onErrorResume(e -> {
                    String problem = reasonFor(e);
                    // a connection error's own words (with the address) for the log; ours for the rest
                    String detail = e instanceof WebClientRequestException ? e.getMessage() : problem;
                    return Mono.just(new Fetched(service, null, problem, detail));
                });
    }

    private Mono<JsonNode> read(URI uri) {
        return client.get()
                .uri(uri)
                .exchangeToMono(response -> response.statusCode().is2xxSuccessful()
                        ? response.bodyToMono(byte[].class).defaultIfEmpty(new byte[0])
                        : response.releaseBody()
                                .then(Mono.error(new Unreadable(
                                        "answered HTTP " + response.statusCode().value()))))
                .timeout(timeout)
                .map(ServiceDocs::parse);
    }

    private static URI documentUri(Route route, String group) {
        return UriComponentsBuilder.fromUri(route.getUri())
                .replacePath("/v3/api-docs/" + group)
                .replaceQuery(null)
                .build()
                .toUri();
    }

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode document = JSON.readTree(body);
            if (!document.isObject() || !document.path("openapi").isString()) {
                throw new Unreadable("answered something other than an OpenAPI document");
            }
            return document;
        } catch (JacksonException e) {
            throw new Unreadable("answered something other than JSON");
        }
    }

    /**
     * Said in the public document, so it names what happened and never an internal address (a
     * connection error's message holds the service's host and port; the log has it).
     */
    private String reasonFor(Throwable e) {
        if (e instanceof Unreadable unreadable) {
            return unreadable.getMessage();
        }
        if (e instanceof TimeoutException) {
            return "no answer within " + timeout.toMillis() + " ms";
        }
        if (e instanceof WebClientRequestException) {
            return "unreachable";
        }
        return "unreadable: " + e.getClass().getSimpleName();
    }

    /** A service answered, but not with a document; the message is the public reason. */
    private static final class Unreadable extends RuntimeException {

        Unreadable(String reason) {
            super(reason, null, false, false);
        }
    }
}
