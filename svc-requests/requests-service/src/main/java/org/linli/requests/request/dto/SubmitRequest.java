package org.linli.requests.request.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.linli.requests.request.RequestCategory;

/** What a resident files from the mini-program. */
public record SubmitRequest(
        @Schema(example = "EBIKE_CHARGING") @NotNull RequestCategory category,
        @Schema(
                        description = "What is wrong and where, in the resident's words; 5 to 1000 characters.",
                        example = "3号楼楼道里每晚有电动车在充电，电线从窗户拉出来，很危险。")
                @NotBlank
                @Size(min = 5, max = TEXT_MAX)
                String text,
        @Schema(description = "The resident's home this is about.", example = "1") @NotNull @Positive Long householdId,
        @Schema(
                        description = "Hide who filed it from the handlers; staff with the right role still see who."
                                + " False when left out.",
                        example = "false")
                Boolean anonymous) {

    public static final int TEXT_MAX = 1000;

    public boolean isAnonymous() {
        return Boolean.TRUE.equals(anonymous);
    }
}
