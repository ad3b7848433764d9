package org.linli.gateway.apidocs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One group's OpenAPI document built from the services' documents of that group, added in the
 * configured order: their paths, tags, components and security requirements; the title, description
 * and version are the group's. Servers are left out, so "Try it out" goes to the gateway that served
 * the page.
 */
final class MergedDocument {

    /** Also the extension a client or a check can read to know the document is incomplete. */
    static final String UNAVAILABLE = "x-linli-unavailable";

    private static final Logger log = LoggerFactory.getLogger(MergedDocument.class);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String group;
    private final ObjectNode paths = NODES.objectNode();
    private final Map<String, String> pathOwners = new HashMap<>();
    private final Set<String> operationIds = new HashSet<>();
    private final Map<String, JsonNode> tags = new LinkedHashMap<>();
    private final Set<JsonNode> security = new LinkedHashSet<>();
    private final Components components = new Components();
    private final Map<String, String> unavailable = new LinkedHashMap<>();
    private String openapi;

    MergedDocument(String group) {
        this.group = group;
    }

    void add(String service, JsonNode document) {
        if (openapi == null && document.path("openapi").isString()) {
            openapi = document.get("openapi").stringValue();
        }
        Renames renames = components.add(service, document.path("components"));
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            String owner = pathOwners.putIfAbsent(path.getKey(), service);
            if (owner == null) {
                paths.set(path.getKey(), uniqueOperationIds(service, renames.apply(path.getValue())));
            } else {
                // two services cannot both serve a path behind one gateway: one of the routes is wrong
                log.warn(
                        "The {} API docs: {} is published by {} and by {}; showing {}'s. One of them is"
                                + " misconfigured",
                        group,
                        path.getKey(),
                        owner,
                        service,
                        owner);
            }
        }
        for (JsonNode tag : document.path("tags")) {
            if (tag.path("name").isString()) {
                tags.putIfAbsent(tag.get("name").stringValue(), tag);
            }
        }
        for (JsonNode requirement : renames.applyToSecurity(document.path("security"))) {
            security.add(requirement);
        }
    }

    /**
     * springdoc names an operation after its Java method, unique within one service only: every service
     * has a {@code get}, and the platform's dead-letter {@code list} and {@code replay}. A later service's
     * operation whose id is taken gets its service's prefix ({@code requestsGet}), so that generated
     * clients and Swagger UI's deep links tell them apart; the first service's ids stay as published.
     */
    private JsonNode uniqueOperationIds(String service, JsonNode pathItem) {
        if (!(pathItem instanceof ObjectNode operations)) {
            return pathItem;
        }
        for (Map.Entry<String, JsonNode> operation : operations.properties()) {
            if (!(operation.getValue() instanceof ObjectNode body)
                    || !body.path("operationId").isString()) {
                continue;
            }
            String id = body.get("operationId").stringValue();
            if (!operationIds.add(id)) {
                String prefix = Components.prefixOf(service);
                String renamed = Character.toLowerCase(prefix.charAt(0))
                        + prefix.substring(1)
                        + Character.toUpperCase(id.charAt(0))
                        + id.substring(1);
                for (int n = 2; !operationIds.add(renamed); n++) {
                    renamed = renamed.replaceFirst("_\\d+$", "") + "_" + n;
                }
                body.put("operationId", renamed);
            }
        }
        return pathItem;
    }

    /** {@code service}'s operations are missing, for {@code reason}, which the description states. */
    void unavailable(String service, String reason) {
        unavailable.put(service, reason);
    }

    ObjectNode toNode(ApiDocsProperties.Group config) {
        ObjectNode document = NODES.objectNode();
        // springdoc 3 writes 3.1.0, the version whose rules the merge follows
        document.put("openapi", openapi == null ? "3.1.0" : openapi);
        ObjectNode info = document.putObject("info");
        info.put("title", config.title());
        info.put("description", description(config.description()));
        info.put("version", config.version());
        // relative: "Try it out" goes to the gateway that served the document, whatever its address;
        // the services' own addresses are never shown
        document.putArray("servers")
                .addObject()
                .put("url", "/")
                .put("description", "The gateway that served this document");
        if (!unavailable.isEmpty()) {
            ArrayNode missing = document.putArray(UNAVAILABLE);
            unavailable.keySet().forEach(missing::add);
        }
        if (!security.isEmpty()) {
            document.putArray("security").addAll(new ArrayList<>(security));
        }
        if (!tags.isEmpty()) {
            document.putArray("tags").addAll(new ArrayList<>(tags.values()));
        }
        document.set("paths", paths);
        if (!components.toNode().isEmpty()) {
            document.set("components", components.toNode());
        }
        return document;
    }

    private String description(String configured) {
        if (unavailable.isEmpty()) {
            return configured;
        }
        String missing = unavailable.entrySet().stream()
                .map(service -> service.getKey() + " (" + service.getValue() + ")")
                .collect(Collectors.joining(", "));
        String warning = "**Incomplete: the operations of " + missing
                + " are missing**: their documents could not be read just now. Reload to try again.";
        return configured.isEmpty() ? warning : warning + "\n\n" + configured;
    }
}
