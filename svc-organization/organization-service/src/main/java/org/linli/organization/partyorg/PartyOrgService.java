package org.linli.organization.partyorg;

import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.util.List;
import java.util.UUID;
import org.linli.organization.geography.GeographyService;
import org.linli.organization.geography.OrgUnit;
import org.linli.organization.geography.OrgUnitKind;
import org.linli.organization.partyorg.dto.CreatePartyOrg;
import org.linli.organization.partyorg.dto.PartyOrgView;
import org.linli.platform.error.DomainException;
import org.linli.platform.mybatis.PageResult;
import org.linli.platform.scope.DataScope;
import org.linli.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Party organisations in five levels (五级组织体系), each anchored to a geography unit. */
@Service
public class PartyOrgService {

    private final PartyOrgMapper orgs;
    private final GeographyService geography;

    PartyOrgService(PartyOrgMapper orgs, GeographyService geography) {
        this.orgs = orgs;
        this.geography = geography;
    }

    @Transactional
    public PartyOrgView create(Caller caller, CreatePartyOrg command) {
        OrgUnit anchor = geography.visible(caller, command.anchorUnitId());
        if (!command.kind().anchors().contains(anchor.getKind())) {
            throw DomainException.invalid(
                    "party-org.wrong-anchor",
                    "anchorUnitId",
                    "a " + command.kind() + " is anchored to a "
                            + command.kind().anchors() + ", not a " + anchor.getKind());
        }
        PartyOrg parent = null;
        if (command.parentId() != null) {
            parent = visible(caller, command.parentId());
            if (parent.getLevel() + 1 != command.kind().level()) {
                throw DomainException.invalid(
                        "party-org.wrong-level",
                        "parentId",
                        "a level-" + command.kind().level() + " organisation sits directly under a level-"
                                + (command.kind().level() - 1) + " one, but the parent is level " + parent.getLevel());
            }
            if (!liesWithin(anchor, parent)) {
                throw DomainException.invalid(
                        "party-org.anchor-outside-parent",
                        "anchorUnitId",
                        "the anchor unit must lie within the parent organisation's area");
            }
        } else if (command.kind().level() != 1) {
            throw DomainException.invalid(
                    "party-org.parent-required", "parentId", "only a level-1 organisation has no parent");
        }
        PartyOrg org = new PartyOrg();
        org.setParentId(parent == null ? null : parent.getId());
        org.setKind(command.kind());
        org.setLevel(command.kind().level());
        org.setName(command.name().trim());
        org.setAnchorUnitId(anchor.getId());
        org.setScopePath(anchor.getPath());
        org.setPath("tmp:" + UUID.randomUUID());
        orgs.insert(org);
        org.setPath((parent == null ? "/" : parent.getPath()) + org.getId() + "/");
        orgs.updateById(org);
        return PartyOrgView.of(org);
    }

    /**
     * Whether an anchor lies in the parent's area. A grid cuts across compounds, so a grid branch's
     * building groups sit on buildings of its grid, whose paths run through their compound instead.
     */
    private static boolean liesWithin(OrgUnit anchor, PartyOrg parent) {
        if (anchor.getPath().startsWith(parent.getScopePath())) {
            return true;
        }
        return parent.getKind() == PartyOrgKind.GRID_BRANCH
                && anchor.getKind() == OrgUnitKind.BUILDING
                && parent.getAnchorUnitId().equals(anchor.getGridId());
    }

    public PartyOrgView get(Caller caller, long id) {
        return PartyOrgView.of(visible(caller, id));
    }

    public List<PartyOrgView> children(Caller caller, long id) {
        visible(caller, id);
        return orgs.selectChildren(id).stream().map(PartyOrgView::of).toList();
    }

    /**
     * The organisations anchored at or below a geography unit. Those anchored above it (the street's
     * working committee when listing a community) are not "under" it and are left out.
     */
    public PageResult<PartyOrgView> listUnder(Caller caller, long orgUnitId, long page, long size) {
        OrgUnit unit = geography.visible(caller, orgUnitId);
        return PageResult.of(orgs.selectPageInScope(unit.getPath(), Page.of(page, size)), PartyOrgView::of);
    }

    /** An organisation whose area the caller may see, or 404. */
    public PartyOrg visible(Caller caller, long id) {
        return DataScope.require(caller, orgs.selectById(id), PartyOrg::getScopePath, "party-org", id);
    }

    public PartyOrg require(long id) {
        PartyOrg org = orgs.selectById(id);
        if (org == null) {
            throw DomainException.notFound("party-org", id);
        }
        return org;
    }
}
