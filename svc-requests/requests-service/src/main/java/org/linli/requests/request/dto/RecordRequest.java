package org.linli.requests.request.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.linli.platform.validation.MobilePhone;
import org.linli.requests.photo.PhotoAttachments;
import org.linli.requests.request.RequestChannel;
import org.linli.requests.request.RequestKind;
import org.linli.requests.triage.RequestCategory;
import org.linli.requests.triage.Urgency;

/**
 * A request staff record for a resident: a call, a visit to the office, a problem a grid worker found on patrol
 * (主动发现), or one a party member heard on a home visit. Give the household, or the compound and the place.
 */
public record RecordRequest(
        @Schema(description = "How it reached the community; anything but MINI_PROGRAM.", example = "PHONE") @NotNull
                RequestChannel channel,
        @Schema(example = "PUBLIC_FACILITIES") @NotNull RequestCategory category,
        @Schema(description = "The category's default when left out.", example = "NORMAL") Urgency urgency,
        @Schema(description = "What is wrong and where; 5 to 1000 characters.", example = "东门岗亭旁的路灯不亮已经三天了。")
                @NotBlank
                @Size(min = 5, max = SubmitRequest.TEXT_MAX)
                String text,
        @Schema(description = "The household it concerns; or give compoundId and place.", example = "1") @Positive
                Long householdId,
        @Schema(description = "The compound, for a common place in it.", example = "4") @Positive Long compoundId,
        @Schema(description = "Where in the compound; required with compoundId.", example = "东门岗亭")
                @Size(max = SubmitRequest.PLACE_MAX)
                String place,
        @Schema(description = "Whom to call back, if they gave a name; stored encrypted.", example = "王建国")
                @Size(max = 40)
                String contactName,
        @Schema(description = "Their mobile number, if they gave one; stored encrypted.", example = "13800138000")
                @MobilePhone
                String contactPhone,
        @Schema(description = "Hide who reported it from the handlers. False when left out.", example = "false")
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

    /** A request unless it says it is a micro-wish. */
    public RequestKind kind() {
        return kind == null ? RequestKind.REQUEST : kind;
    }

    public boolean isAnonymous() {
        return Boolean.TRUE.equals(anonymous);
    }
}
