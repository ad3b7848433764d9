package org.linli.organization.partner;

import java.util.List;
import org.linli.organization.geography.GeographyService;
import org.linli.organization.geography.OrgUnit;
import org.linli.organization.geography.OrgUnitKind;
import org.linli.organization.partner.dto.CreatePartnerUnit;
import org.linli.organization.partner.dto.PartnerUnitView;
import org.linli.platform.error.DomainException;
import org.linli.platform.scope.DataScope;
import org.linli.platform.security.Caller;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 共建单位: the partner units each community signs co-building agreements with. */
@Service
public class PartnerUnitService {

    private final PartnerUnitMapper partners;
    private final GeographyService geography;

    PartnerUnitService(PartnerUnitMapper partners, GeographyService geography) {
        this.partners = partners;
        this.geography = geography;
    }

    @Transactional
    public PartnerUnitView create(Caller caller, CreatePartnerUnit command) {
        OrgUnit community = geography.visible(caller, command.communityId(), OrgUnitKind.COMMUNITY, "communityId");
        PartnerUnit unit = new PartnerUnit();
        unit.setCommunityId(community.getId());
        unit.setScopePath(community.getPath());
        unit.setName(command.name().trim());
        unit.setKind(command.kind());
        unit.setAgreementSignedOn(command.agreementSignedOn());
        try {
            partners.insert(unit);
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict(
                    "partner-unit.duplicate-name",
                    "The community already has a partner unit named '" + unit.getName() + "'.");
        }
        return PartnerUnitView.of(unit);
    }

    public List<PartnerUnitView> listOf(Caller caller, long communityId) {
        geography.visible(caller, communityId, OrgUnitKind.COMMUNITY, "community");
        return partners.selectByCommunity(communityId).stream()
                .map(PartnerUnitView::of)
                .toList();
    }

    public PartnerUnitView get(Caller caller, long id) {
        return PartnerUnitView.of(visible(caller, id));
    }

    /** A partner unit of a community the caller may see, or 404. */
    public PartnerUnit visible(Caller caller, long id) {
        return DataScope.require(caller, partners.selectById(id), PartnerUnit::getScopePath, "partner-unit", id);
    }
}
