package org.linli.organization.partner.dto;

import java.time.LocalDate;
import org.linli.organization.partner.PartnerUnit;
import org.linli.organization.partner.PartnerUnitKind;

public record PartnerUnitView(
        long id, long communityId, String name, PartnerUnitKind kind, LocalDate agreementSignedOn) {

    public static PartnerUnitView of(PartnerUnit unit) {
        return new PartnerUnitView(
                unit.getId(), unit.getCommunityId(), unit.getName(), unit.getKind(), unit.getAgreementSignedOn());
    }
}
