package org.linli.organization.partner.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.linli.organization.partner.PartnerUnit;
import org.linli.organization.partner.PartnerUnitKind;

public record PartnerUnitView(
        @Schema(example = "1") long id,
        @Schema(example = "3") long communityId,
        @Schema(example = "增城区税务局") String name,
        @Schema(example = "GOVERNMENT_AGENCY") PartnerUnitKind kind,
        @Schema(
                        description = "When the co-building agreement was signed; null while it is being negotiated.",
                        example = "2024-01-15")
                LocalDate agreementSignedOn) {

    public static PartnerUnitView of(PartnerUnit unit) {
        return new PartnerUnitView(
                unit.getId(), unit.getCommunityId(), unit.getName(), unit.getKind(), unit.getAgreementSignedOn());
    }
}
