package org.linli.platform.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * An operation documented as public ({@code @PublicEndpoint}) must sit on a path the filter chain
 * lets through without a token, and one on such a path must say so: otherwise the documents would
 * promise a login that answers 401, or hide that an operation is open. A mismatch fails the document
 * (and with it the service's API docs test) with the operation named.
 */
class PublicOperationsCheck implements GlobalOpenApiCustomizer {

    private final List<PathPattern> publicPaths;

    PublicOperationsCheck(List<String> publicPaths) {
        this.publicPaths = publicPaths.stream()
                .map(PathPatternParser.defaultInstance::parse)
                .toList();
    }

    @Override
    public void customise(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        List<String> mismatches = new ArrayList<>();
        api.getPaths().forEach((path, item) -> {
            boolean open = isOpen(path);
            for (Map.Entry<?, Operation> entry : item.readOperationsMap().entrySet()) {
                boolean documentedOpen = entry.getValue().getExtensions() != null
                        && Boolean.TRUE.equals(entry.getValue().getExtensions().get(OperationDocs.PUBLIC));
                if (open != documentedOpen) {
                    mismatches.add(entry.getKey() + " " + path
                            + (open
                                    ? " is in linli.security.public-paths but not @PublicEndpoint"
                                    : " is @PublicEndpoint but not in linli.security.public-paths"));
                }
            }
        });
        if (!mismatches.isEmpty()) {
            throw new IllegalStateException("Public operations disagree with the security rules: " + mismatches);
        }
    }

    private boolean isOpen(String path) {
        // a template's variables stand for any one segment
        PathContainer concrete = PathContainer.parsePath(path.replaceAll("\\{[^}]+}", "1"));
        return publicPaths.stream().anyMatch(p -> p.matches(concrete));
    }
}
