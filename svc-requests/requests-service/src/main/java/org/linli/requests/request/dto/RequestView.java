package org.linli.requests.request.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;
import java.util.List;
import org.linli.requests.request.RequestCategory;
import org.linli.requests.request.RequestChannel;
import org.linli.requests.request.RequestStatus;

/** A request with its timeline (null in lists, which leave it out). */
public record RequestView(
        @Schema(example = "1") long id,
        @Schema(example = "EBIKE_CHARGING") RequestCategory category,
        @Schema(example = "SUBMITTED") RequestStatus status,
        @Schema(example = "MINI_PROGRAM") RequestChannel channel,
        @Schema(example = "3号楼楼道里每晚有电动车在充电，电线从窗户拉出来，很危险。") String text,
        @Schema(example = "1") Long householdId,
        @Schema(description = "Hidden from handlers.", example = "false") boolean anonymous,
        @Schema(description = "Service local time.", example = "2026-03-02T09:15:00") LocalDateTime submittedAt,
        @Schema(description = "Every step so far, oldest first; null in lists.") List<TimelineStep> timeline) {}
