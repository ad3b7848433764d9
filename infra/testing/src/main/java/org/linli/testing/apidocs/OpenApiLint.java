package org.linli.testing.apidocs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the project's OpenAPI lint (Spectral with {@code tools/openapi-lint/.spectral.yaml}) on a
 * document, as a test sees it. The tools come from {@code npm ci} in {@code tools/openapi-lint}, which
 * {@code ./dev test} runs; without them this fails rather than passing a lint that never ran.
 */
public final class OpenApiLint {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path tools;

    private OpenApiLint(Path tools) {
        this.tools = tools;
    }

    /** The lint of the repository this test runs in, found by walking up from the working directory. */
    public static OpenApiLint ofThisRepository() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path tools = dir.resolve("tools/openapi-lint");
            if (Files.exists(tools.resolve(".spectral.yaml"))) {
                if (!Files.isExecutable(tools.resolve("node_modules/.bin/spectral"))) {
                    throw new IllegalStateException("The OpenAPI lint is not installed: run `npm ci --prefix " + tools
                            + "` (./dev test does it for you)");
                }
                return new OpenApiLint(tools);
            }
        }
        throw new IllegalStateException(
                "No tools/openapi-lint above " + Path.of("").toAbsolutePath());
    }

    /**
     * Lints a document, kept as {@code target/openapi/<name>.json} for a person to open.
     *
     * @return every rule the document breaks; empty when it is clean
     */
    public List<Finding> lint(String name, String document) {
        try {
            Path file = Path.of("target", "openapi", name + ".json").toAbsolutePath();
            Files.createDirectories(file.getParent());
            Files.writeString(file, document, StandardCharsets.UTF_8);
            Process spectral = new ProcessBuilder(
                            tools.resolve("node_modules/.bin/spectral").toString(),
                            "lint",
                            "--ruleset",
                            tools.resolve(".spectral.yaml").toString(),
                            "--format",
                            "json",
                            "--quiet",
                            file.toString())
                    .directory(tools.toFile())
                    .redirectErrorStream(false)
                    .start();
            byte[] out = spectral.getInputStream().readAllBytes();
            String err = new String(spectral.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!spectral.waitFor(120, TimeUnit.SECONDS)) {
                spectral.destroyForcibly();
                throw new IllegalStateException("Spectral did not finish within 2 minutes");
            }
            String text = new String(out, StandardCharsets.UTF_8).strip();
            if (!text.startsWith("[")) {
                throw new IllegalStateException(
                        "Spectral failed (exit " + spectral.exitValue() + "): " + text + " " + err);
            }
            List<Finding> findings = new ArrayList<>();
            for (JsonNode result : JSON.readTree(text)) {
                List<String> path = new ArrayList<>();
                result.path("path").forEach(p -> path.add(p.asString()));
                findings.add(new Finding(
                        result.path("code").asString(),
                        result.path("message").asString(),
                        String.join(".", path),
                        result.path("severity").asInt()));
            }
            return findings;
        } catch (IOException e) {
            throw new IllegalStateException("Could not run Spectral in " + tools, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * One broken rule.
     *
     * @param rule the rule's name, e.g. {@code linli-operation-summary}
     * @param path where in the document, e.g. {@code paths./api/org/households/{id}.get}
     * @param severity 0 error, 1 warning, 2 information, 3 hint
     */
    public record Finding(String rule, String message, String path, int severity) {

        @Override
        public String toString() {
            return rule + " at " + path + ": " + message;
        }
    }
}
