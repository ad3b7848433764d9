package org.linli.requests.request.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import org.linli.requests.request.RequestAction;
import org.linli.requests.request.RequestStatus;

/** One step of a request's timeline, as the resident and staff see it. */
public record TimelineStep(
        @Schema(example = "SUBMIT") RequestAction action,
        @Schema(description = "The request's status after this step.", example = "SUBMITTED") RequestStatus status,
        @Schema(description = "What the person who acted wrote, if anything.", example = "已联系物业，明天上午处理。") String note,
        @Schema(
                        description =
                                "Who acted: the resident, someone for the community (staff or the handler), or the"
                                        + " system (a deadline, dispatch on its own).",
                        example = "RESIDENT")
                Actor by,
        @Schema(description = "Staff only: a note kept among staff.", example = "false") boolean internal,
        @Schema(example = "2026-03-02T09:15:00+08:00") OffsetDateTime at) {

    /** Who took a step, as far as the resident needs to know. */
    public enum Actor {
        RESIDENT,
        COMMUNITY,
        SYSTEM
    }
}
