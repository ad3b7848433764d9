package org.linli.organization.coverage.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * One coverage figure.
 *
 * @param total how many there are in the subtree
 * @param uncovered how many of them lack coverage
 * @param firstUncovered the first of those in tree order, at most the requested limit; when it is
 *     shorter than {@code uncovered}, staff narrow the unit to see the rest
 */
public record Coverage<T>(
        @Schema(description = "How many there are in the subtree.", example = "2000") long total,
        @Schema(description = "How many of them lack coverage.", example = "97") long uncovered,
        @Schema(description = "The first of those in tree order, at most limit; narrow the unit to see the rest.")
                List<T> firstUncovered) {}
