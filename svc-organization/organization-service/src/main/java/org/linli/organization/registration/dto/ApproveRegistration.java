package org.linli.organization.registration.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** @param partyOrgId the organisation of the community the member joins (e.g. their compound's branch) */
public record ApproveRegistration(
        @Schema(
                        description = "The party organisation of the application's community the member joins (e.g."
                                + " their compound's branch).",
                        example = "3")
                @NotNull
                Long partyOrgId) {}
