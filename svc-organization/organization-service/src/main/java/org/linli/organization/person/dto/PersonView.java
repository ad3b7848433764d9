package org.linli.organization.person.dto;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A person as shown by default: every personal field masked (张*明, 110***********1234, 138****5678).
 *
 * @param phone the phone of the record shown (a household tie, a membership ...), as that record's
 *     scope recorded it; null when it recorded none
 */
@Schema(description = "A person, every personal field masked.")
public record PersonView(
        @Schema(example = "1") long id,
        @Schema(example = "王*国") String name,
        @Schema(example = "440***********0012") String idNumber,
        @Schema(
                        description = "The phone this record (household tie, membership ...) holds; null when it"
                                + " holds none.",
                        example = "138****8000")
                String phone) {}
