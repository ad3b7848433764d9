package org.linli.platform.apidocs;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.List;

/** The shape of every problem the platform answers (RFC 9457 plus {@code code}, {@code errors}). */
final class ProblemSchemas {

    static final String PROBLEM = "Problem";
    static final String FIELD_PROBLEM = "FieldProblem";
    static final String ROW_PROBLEM = "RowProblem";
    static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

    private ProblemSchemas() {}

    static Schema<?> problem() {
        return new ObjectSchema()
                .description(
                        "RFC 9457 problem details. Switch on `code`, which is stable; show `detail` to the person.")
                .required(List.of("type", "title", "status", "code"))
                .addProperty(
                        "type", new StringSchema().format("uri").description("https://linli.org/problems/ + the code."))
                .addProperty("title", new StringSchema().description("The HTTP status's reason phrase."))
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().description("What went wrong and what to do, for a person."))
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty(
                        "code",
                        new StringSchema()
                                .description("Stable, e.g. household.not-found.")
                                .example("household.not-found"))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .description(
                                        "With request.invalid and other field problems: one entry per wrong field.")
                                .items(new Schema<>().$ref("#/components/schemas/" + FIELD_PROBLEM)))
                .addProperty(
                        "retryAfter",
                        new IntegerSchema()
                                .description("Seconds until a retry may succeed (also in the Retry-After header)."));
    }

    static Schema<?> rowProblem() {
        return new ObjectSchema()
                .required(List.of("line", "message"))
                .addProperty(
                        "line",
                        new IntegerSchema()
                                .description("The file's line, 1 for the header.")
                                .example(7))
                .addProperty("column", new StringSchema().example("身份证号"))
                .addProperty("message", new StringSchema().example("is not a valid ID number"));
    }

    static Schema<?> fieldProblem() {
        return new ObjectSchema()
                .required(List.of("field", "message"))
                .addProperty("field", new StringSchema().example("phone"))
                .addProperty("message", new StringSchema().example("must be a mainland mobile number"));
    }
}
