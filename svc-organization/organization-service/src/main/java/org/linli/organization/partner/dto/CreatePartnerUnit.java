package org.linli.organization.partner.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.linli.organization.partner.PartnerUnitKind;

/** @param agreementSignedOn when the co-building agreement was signed; null while it is being negotiated */
public record CreatePartnerUnit(
        @Schema(description = "The community (a unit of kind COMMUNITY).", example = "3") @NotNull Long communityId,
        @Schema(description = "Unique in the community.", example = "增城区人民医院") @NotBlank @Size(max = 100) String name,
        @Schema(example = "HOSPITAL") @NotNull PartnerUnitKind kind,
        @Schema(
                        description = "When the co-building agreement was signed; null while it is being negotiated.",
                        example = "2025-03-01")
                @PastOrPresent
                LocalDate agreementSignedOn) {}
