package org.linli.requests.request.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.linli.requests.photo.PhotoAttachments;
import org.linli.requests.request.RequestKind;
import org.linli.requests.triage.RequestCategory;

/** What a resident files from the mini-program. */
public record SubmitRequest(
        @Schema(example = "EBIKE_CHARGING") @NotNull RequestCategory category,
        @Schema(
                        description = "What is wrong and where, in the resident's words; 5 to 1000 characters.",
                        example = "3号楼楼道里每晚有电动车在充电，电线从窗户拉出来，很危险。")
                @NotBlank
                @Size(min = 5, max = TEXT_MAX)
                String text,
        @Schema(
                        description = "The resident's home this is about, or that they file from when it is about a"
                                + " common place of their compound.",
                        example = "1")
                @NotNull
                @Positive
                Long householdId,
        @Schema(
                        description = "Where in the compound, when it is about a common place (a gate, a lamp, the"
                                + " bike shed) rather than the home; up to 100 characters. The request then belongs to"
                                + " the whole compound.",
                        example = "3号楼北侧车棚")
                @Size(max = PLACE_MAX)
                String place,
        @Schema(
                        description = "Hide who filed it from the handlers; staff with the right role still see who."
                                + " False when left out.",
                        example = "false")
                Boolean anonymous,
        @Schema(
                        description = "REQUEST (the default) for something to fix; MICRO_WISH (微心愿) for a small wish a"
                                + " party member or volunteer of the compound may claim once staff publish it.",
                        example = "REQUEST")
                RequestKind kind,
        @Schema(
                        description = "Up to 9 photos uploaded first (POST /api/requests/photos), by their ids; the"
                                + " uploader's own, not yet on another request.",
                        example = "[31, 32]")
                @Size(max = PhotoAttachments.MAX_PER_REQUEST)
                List<@NotNull @Positive Long> photoIds) {

    public static final int TEXT_MAX = 1000;
    public static final int PLACE_MAX = 100;

    /** A request unless it says it is a micro-wish. */
    public RequestKind kind() {
        return kind == null ? RequestKind.REQUEST : kind;
    }

    public boolean isAnonymous() {
        return Boolean.TRUE.equals(anonymous);
    }
}
