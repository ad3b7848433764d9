package org.linli.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * An operation a service publishes in its OpenAPI document: {@code POST
 * /api/org/units/{unitId}/imports/residents}, and whether it takes a file.
 */
record PublishedOperation(String service, String method, String template, boolean upload) {

    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /** What a path pattern is matched against: the template with each {@code {variable}} a sample segment. */
    String samplePath() {
        StringBuilder path = new StringBuilder(template.length());
        int at = 0;
        for (int open; (open = template.indexOf('{', at)) >= 0; ) {
            int close = template.indexOf('}', open);
            if (close < 0) {
                break;
            }
            path.append(template, at, open).append('7');
            at = close + 1;
        }
        return path.append(template, at, template.length()).toString();
    }

    @Override
    public String toString() {
        return service + " " + method.toUpperCase() + " " + template;
    }

    static List<PublishedOperation> of(String service, JsonNode openApi) {
        List<PublishedOperation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : openApi.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (METHODS.contains(operation.getKey())) {
                    boolean upload = takesFile(openApi, operation.getValue().path("requestBody"));
                    operations.add(new PublishedOperation(service, operation.getKey(), path.getKey(), upload));
                }
            }
        }
        return operations;
    }

    /**
     * A multipart or octet-stream body, or a body with a binary field. The last because springdoc
     * describes a {@code @RequestParam MultipartFile} of a mapping without {@code consumes} as a JSON
     * object with a binary {@code file}, which is how svc-organization's imports read today.
     */
    private static boolean takesFile(JsonNode openApi, JsonNode requestBody) {
        for (Map.Entry<String, JsonNode> content : requestBody.path("content").properties()) {
            String mediaType = content.getKey();
            if (mediaType.startsWith("multipart/") || mediaType.equals("application/octet-stream")) {
                return true;
            }
            JsonNode schema = resolve(openApi, content.getValue().path("schema"));
            for (Map.Entry<String, JsonNode> field : schema.path("properties").properties()) {
                if (isBinary(resolve(openApi, field.getValue()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isBinary(JsonNode schema) {
        JsonNode items = schema.path("items");
        return schema.path("format").asString("").equals("binary")
                || schema.has("contentMediaType")
                || items.path("format").asString("").equals("binary");
    }

    /** A schema, or the component a {@code $ref} names. */
    private static JsonNode resolve(JsonNode openApi, JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        return ref.startsWith("#/") ? openApi.at(ref.substring(1)) : schema;
    }
}
