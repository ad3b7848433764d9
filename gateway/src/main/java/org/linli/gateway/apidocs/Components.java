package org.linli.gateway.apidocs;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The merged document's {@code components}, every type (schemas, responses, parameters, examples,
 * security schemes...). A name published by two services with equal content is kept once; with
 * different content the later one is renamed with its service's prefix ({@code Requests_PageResult}),
 * so that neither service's operations describe the other's data.
 */
final class Components {

    private static final String SECURITY_SCHEMES = "securitySchemes";

    private final ObjectNode merged = JsonNodeFactory.instance.objectNode();

    /**
     * Adds {@code service}'s components and says how the rest of its document must be rewritten to
     * point at them.
     */
    Renames add(String service, JsonNode components) {
        if (!components.isObject()) {
            return new Renames(Map.of(), Map.of());
        }
        Renames renames = renamesFor(prefixOf(service), components);
        for (Map.Entry<String, JsonNode> type : typesOf(components)) {
            ObjectNode into = merged.has(type.getKey())
                    ? (ObjectNode) merged.get(type.getKey())
                    : merged.putObject(type.getKey());
            for (Map.Entry<String, JsonNode> component : type.getValue().properties()) {
                String ref = Renames.ref(type.getKey(), component.getKey());
                String name = nameOf(renames.refs().getOrDefault(ref, ref));
                if (!into.has(name)) {
                    into.set(name, renames.apply(component.getValue()));
                }
            }
        }
        return renames;
    }

    ObjectNode toNode() {
        return merged;
    }

    /**
     * The components to rename: those whose name is taken by different content. Renaming one can make
     * another differ (a schema equal in text that refers to a renamed schema now means something else),
     * so this repeats until nothing more needs renaming; it ends because renames are only added.
     */
    private Renames renamesFor(String prefix, JsonNode components) {
        Map<String, String> refs = new HashMap<>();
        Map<String, String> schemes = new HashMap<>();
        Renames renames = new Renames(refs, schemes);
        boolean renamedOne = true;
        while (renamedOne) {
            renamedOne = false;
            for (Map.Entry<String, JsonNode> type : typesOf(components)) {
                JsonNode existing = merged.path(type.getKey());
                for (Map.Entry<String, JsonNode> component : type.getValue().properties()) {
                    String ref = Renames.ref(type.getKey(), component.getKey());
                    JsonNode taken = existing.get(component.getKey());
                    if (refs.containsKey(ref) || taken == null || taken.equals(renames.apply(component.getValue()))) {
                        continue;
                    }
                    String name = freeName(prefix + "_" + component.getKey(), type.getKey(), components, refs);
                    refs.put(ref, Renames.ref(type.getKey(), name));
                    if (SECURITY_SCHEMES.equals(type.getKey())) {
                        schemes.put(component.getKey(), name);
                    }
                    renamedOne = true;
                }
            }
        }
        return renames;
    }

    /** {@code wanted}, or with a number after it when the merged document or the service already uses it. */
    private String freeName(String wanted, String type, JsonNode components, Map<String, String> refs) {
        String name = wanted;
        for (int n = 2;
                merged.path(type).has(name)
                        || components.path(type).has(name)
                        || refs.containsValue(Renames.ref(type, name));
                n++) {
            name = wanted + "_" + n;
        }
        return name;
    }

    /** The component maps; {@code x-} extensions are not components. */
    private static Iterable<Map.Entry<String, JsonNode>> typesOf(JsonNode components) {
        return components.properties().stream()
                .filter(type ->
                        !type.getKey().startsWith("x-") && type.getValue().isObject())
                .toList();
    }

    private static String nameOf(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    /**
     * {@code svc-requests} → {@code Requests}: a component name may hold only letters, digits, '.', '-'
     * and '_' (the rule of OpenAPI's Components Object).
     */
    static String prefixOf(String service) {
        String bare = service.startsWith("svc-") ? service.substring(4) : service;
        StringBuilder prefix = new StringBuilder();
        for (String part : bare.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                prefix.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return prefix.isEmpty() ? "Service" : prefix.toString();
    }
}
