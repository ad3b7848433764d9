package org.linli.organization.accessaudit.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;
import org.linli.organization.accessaudit.AccessAction;

/**
 * One read of personal data in clear.
 *
 * @param username the staff account's username
 * @param subject the dataset exported, or what kind of record was revealed
 * @param recordId for a reveal: the household or party member read
 * @param personId for a reveal: whose details were read
 * @param scopePath where in the registry the data lies (the exported unit, or the record)
 * @param rowCount for an export: how many rows left
 * @param completed false when an export broke off (some rows may have left)
 * @param at when the read began, in the service's local time like every time in this API
 */
public record AccessAuditView(
        @Schema(example = "1") long id,
        @Schema(description = "The staff account that read.", example = "3") long accountId,
        @Schema(example = "demo-community") String username,
        @Schema(example = "COMMUNITY_ADMIN") String role,
        @Schema(example = "REVEAL") AccessAction action,
        @Schema(
                        description = "The dataset exported, or what kind of record was revealed.",
                        example = "household-resident")
                String subject,
        @Schema(description = "For a reveal: the household or party member read.", example = "1") Long recordId,
        @Schema(description = "For a reveal: whose details were read.", example = "1") Long personId,
        @Schema(
                        description = "Where in the registry the data lies (the exported unit, or the record).",
                        example = "/1/2/3/4/21/22/")
                String scopePath,
        @Schema(example = "上门走访需核对联系电话") String reason,
        @Schema(description = "How many rows (people) left in clear.", example = "1") Integer rowCount,
        @Schema(description = "False when an export broke off; some rows may have left.", example = "true")
                boolean completed,
        @Schema(description = "When the read began, in the service's local time.", example = "2026-03-02T10:15:30")
                LocalDateTime at,
        @Schema(example = "2026-03-02T10:15:30") LocalDateTime endedAt) {}
