package org.linli.organization.link.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

public record AssignMember(
        @Schema(description = "The party member to be responsible.", example = "1") @NotNull Long partyMemberId) {}
