package org.linli.requests.request.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.linli.requests.request.HandlerKind;

/**
 * Whom to dispatch a request to. Leave {@code to} out for the category's route; name PARTY_MEMBER for the
 * household's responsible member, PROPERTY for the compound's property company, VOLUNTEERS for the
 * community's volunteers, ORG_UNIT for a unit on the request's path (the community when {@code unitId} is
 * left out).
 */
public record AssignCommand(
        @Schema(example = "PROPERTY") HandlerKind to,
        @Schema(
                        description = "With ORG_UNIT: the compound, community, street or district to give it to.",
                        example = "3")
                @Positive
                Long unitId,
        @Schema(
                        description = "What the handler should know; on the timeline the resident reads. Up to 500"
                                + " characters.",
                        example = "请物业今天内到现场查看。")
                @Size(max = ReasonCommand.REASON_MAX)
                String note) {}
