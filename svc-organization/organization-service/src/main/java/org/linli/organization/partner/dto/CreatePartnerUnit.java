package org.linli.organization.partner.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.linli.organization.partner.PartnerUnitKind;

/** @param agreementSignedOn when the co-building agreement was signed; null while it is being negotiated */
public record CreatePartnerUnit(
        @NotNull Long communityId,
        @NotBlank @Size(max = 100) String name,
        @NotNull PartnerUnitKind kind,
        @PastOrPresent LocalDate agreementSignedOn) {}
