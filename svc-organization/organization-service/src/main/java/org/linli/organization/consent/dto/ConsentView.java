package org.linli.organization.consent.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;
import java.util.List;
import org.linli.organization.consent.ConsentEnd;

/**
 * Where a resident's consent stands, with its history (newest first).
 *
 * @param currentPolicyVersion the policy now in force, which the resident must consent to
 * @param given whether the resident's consent to that version is in force
 */
public record ConsentView(
        @Schema(description = "The policy in force, which the resident must consent to.", example = "2026-01")
                String currentPolicyVersion,
        @Schema(description = "Whether the resident's consent to that version is in force.", example = "true")
                boolean given,
        @Schema(description = "Every consent the resident gave, newest first.") List<Entry> history) {

    @Schema(name = "ConsentHistoryEntry")
    public record Entry(
            @Schema(example = "2026-01") String policyVersion,
            @Schema(example = "2026-03-02T09:15:00") LocalDateTime grantedAt,
            @Schema(description = "Absent while in force.", example = "2026-05-10T18:40:00") LocalDateTime endedAt,
            @Schema(
                            description = "WITHDRAWN: the resident took it back; SUPERSEDED: they consented to a newer"
                                    + " version. Absent while in force.",
                            example = "SUPERSEDED")
                    ConsentEnd endReason) {}
}
