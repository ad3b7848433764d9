package org.linli.requests.request.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import org.linli.requests.photo.dto.PhotoView;
import org.linli.requests.request.HandlerKind;
import org.linli.requests.request.Level;
import org.linli.requests.request.RequestChannel;
import org.linli.requests.request.RequestKind;
import org.linli.requests.request.RequestStatus;
import org.linli.requests.triage.RequestCategory;
import org.linli.requests.triage.Urgency;

/** A request as its caller may see it, with its timeline (null in lists, which leave it out). Times are Beijing time. */
public record RequestView(
        @Schema(example = "1") long id,
        @Schema(example = "EBIKE_CHARGING") RequestCategory category,
        @Schema(example = "URGENT") Urgency urgency,
        @Schema(example = "ASSIGNED") RequestStatus status,
        @Schema(example = "MINI_PROGRAM") RequestChannel channel,
        @Schema(example = "3号楼楼道里每晚有电动车在充电，电线从窗户拉出来，很危险。") String text,
        @Schema(
                        description = "Where in the compound, for a common place; null when it is about the home.",
                        example = "3号楼北侧车棚")
                String place,
        @Schema(
                        description = "The home it concerns or was filed from: shown to its resident, staff of the"
                                + " place and its handler; of an anonymous request, to administrators only.",
                        example = "1")
                Long householdId,
        @Schema(description = "Hidden from handlers.", example = "false") boolean anonymous,
        @Schema(example = "2026-03-02T09:15:00+08:00") OffsetDateTime submittedAt,
        @Schema(description = "By when staff accept or refuse it.", example = "2026-03-02T11:15:00+08:00")
                OffsetDateTime responseDueAt,
        @Schema(
                        description = "By when it is to be resolved; moved on only while it waited for its resident.",
                        example = "2026-03-03T09:15:00+08:00")
                OffsetDateTime resolutionDueAt,
        @Schema(
                        description = "Present and true while the deadline is counted through a year whose holidays"
                                + " are not entered yet: it may still move.",
                        example = "true")
                Boolean deadlineProvisional,
        @Schema(description = "Open and past its resolution deadline.", example = "false") boolean overdue,
        @Schema(
                        description = "Since when it waits for the resident to answer a question: the clock is stopped."
                                + " Null when it does not wait.",
                        example = "2026-03-02T15:00:00+08:00")
                OffsetDateTime waitingForResidentSince,
        @Schema(description = "Who answers for it now, from BUILDING up to DISTRICT.", example = "COMPOUND")
                Level level,
        @Schema(description = "Who it is dispatched to; null before dispatch.", example = "PROPERTY")
                HandlerKind handlerKind,
        @Schema(
                        description = "Staff only: the party member, property company or org unit it is dispatched to.",
                        example = "4")
                Long handlerRef,
        @Schema(description = "Times the resident said \"not fixed\"; staff only.", example = "0") Integer reopenCount,
        @Schema(description = "The resident's rating once they confirmed it; null before.") RatingView rating,
        @Schema(description = "Who filed it, for those who may see; null otherwise.") SubmitterView submitter,
        @Schema(
                        description =
                                "Neighbours who follow it: their +1s and the residents whose requests were merged in.",
                        example = "3")
                int supporters,
        @Schema(example = "REQUEST") RequestKind kind,
        @Schema(description = "When MERGED: the request it went into, which its resident now follows.", example = "12")
                Long mergedInto,
        @Schema(description = "Its photos (GET /api/requests/{id}/photos/{photoId} has each); null in lists.")
                List<PhotoView> photos,
        @Schema(description = "Every step so far, oldest first; null in lists.") List<TimelineStep> timeline) {}
