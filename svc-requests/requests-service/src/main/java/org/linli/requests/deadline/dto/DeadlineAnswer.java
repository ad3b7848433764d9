package org.linli.requests.deadline.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import org.linli.requests.triage.RequestCategory;
import org.linli.requests.triage.Urgency;

/**
 * A deadline preview, ISO-8601 with Beijing's offset: {@code deadline} alone for {@code workingDays} or
 * {@code hours}; the category, urgency and both deadlines for {@code category}.
 */
public record DeadlineAnswer(
        @Schema(description = "For workingDays or hours: the deadline.", example = "2026-02-27T23:59:59+08:00")
                OffsetDateTime deadline,
        @Schema(description = "For category: the category previewed.", example = "NOISE") RequestCategory category,
        @Schema(
                        description = "For category: the urgency previewed (the category's default when not given).",
                        example = "NORMAL")
                Urgency urgency,
        @Schema(
                        description = "For category: by when staff must accept or refuse it.",
                        example = "2026-02-24T23:59:59+08:00")
                OffsetDateTime responseDeadline,
        @Schema(description = "For category: by when it must be resolved.", example = "2026-03-12T23:59:59+08:00")
                OffsetDateTime resolutionDeadline,
        @Schema(
                        description = "Present and true when counted through a year whose holidays nobody has entered"
                                + " yet (weekdays only): it will be counted again once the year is entered.",
                        example = "true")
                Boolean provisional) {

    public static DeadlineAnswer single(OffsetDateTime deadline, boolean provisional) {
        return new DeadlineAnswer(deadline, null, null, null, null, provisional ? Boolean.TRUE : null);
    }
}
