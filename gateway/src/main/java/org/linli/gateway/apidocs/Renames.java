package org.linli.gateway.apidocs;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The components of one service renamed in the merged document, and how its parts are rewritten to
 * match. Components are named in two ways: by reference ({@code $ref} and a discriminator's
 * {@code mapping}, both {@code #/components/{type}/{name}}), and, for security schemes, by the bare
 * name as the key of a security requirement.
 *
 * @param refs old reference to new reference, every component type
 * @param securitySchemes old scheme name to new
 */
record Renames(Map<String, String> refs, Map<String, String> securitySchemes) {

    static String ref(String type, String name) {
        return "#/components/" + type + "/" + name;
    }

    boolean isEmpty() {
        return refs.isEmpty() && securitySchemes.isEmpty();
    }

    /** A rewritten copy of {@code node}, or {@code node} itself when nothing is renamed. */
    JsonNode apply(JsonNode node) {
        return isEmpty() ? node : rewrite(node);
    }

    /** A document's top-level {@code security}, rewritten as an operation's is. */
    JsonNode applyToSecurity(JsonNode security) {
        return security.isArray() && !isEmpty() ? requirements((ArrayNode) security) : security;
    }

    private JsonNode rewrite(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String name = field.getKey();
                JsonNode value = field.getValue();
                if ("$ref".equals(name) && value.isString()) {
                    copy.put(name, renamed(value.stringValue()));
                } else if ("discriminator".equals(name) && value.path("mapping").isObject()) {
                    copy.set(name, discriminator(value));
                } else if ("security".equals(name) && value.isArray()) {
                    copy.set(name, requirements((ArrayNode) value));
                } else {
                    copy.set(name, rewrite(value));
                }
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(rewrite(element)));
            return copy;
        }
        return node;
    }

    private String renamed(String ref) {
        return refs.getOrDefault(ref, ref);
    }

    /** A discriminator's {@code mapping} values are references too: {@code {"dog": "#/components/schemas/Dog"}}. */
    private ObjectNode discriminator(JsonNode discriminator) {
        ObjectNode copy = ((ObjectNode) discriminator).deepCopy();
        ObjectNode mapping = (ObjectNode) copy.get("mapping");
        for (Map.Entry<String, JsonNode> entry : discriminator.get("mapping").properties()) {
            if (entry.getValue().isString()) {
                mapping.put(entry.getKey(), renamed(entry.getValue().stringValue()));
            }
        }
        return copy;
    }

    /** Security requirements name their schemes by key: {@code [{"bearer-token": []}]}. */
    private ArrayNode requirements(ArrayNode security) {
        ArrayNode copy = JsonNodeFactory.instance.arrayNode();
        for (JsonNode requirement : security) {
            if (!requirement.isObject()) {
                copy.add(requirement);
                continue;
            }
            ObjectNode renamed = JsonNodeFactory.instance.objectNode();
            requirement
                    .properties()
                    .forEach(scheme -> renamed.set(
                            securitySchemes.getOrDefault(scheme.getKey(), scheme.getKey()), scheme.getValue()));
            copy.add(renamed);
        }
        return copy;
    }
}
