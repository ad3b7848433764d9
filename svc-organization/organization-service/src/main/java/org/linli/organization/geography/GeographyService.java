package org.linli.organization.geography;

import java.util.List;
import java.util.UUID;
import org.linli.organization.api.lookup.PartyMemberLookupApi;
import org.linli.organization.api.lookup.UnitPlace;
import org.linli.organization.geography.dto.CreateOrgUnit;
import org.linli.organization.geography.dto.OrgUnitView;
import org.linli.platform.core.token.Role;
import org.linli.platform.error.DomainException;
import org.linli.platform.scope.DataScope;
import org.linli.platform.security.Caller;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The geography tree: district → street → community → compound/grid → building → unit. */
@Service
public class GeographyService {

    private final OrgUnitMapper units;

    GeographyService(OrgUnitMapper units) {
        this.units = units;
    }

    @Transactional
    public OrgUnitView create(Caller caller, CreateOrgUnit command) {
        OrgUnit parent = null;
        if (command.parentId() != null) {
            parent = visible(caller, command.parentId());
        } else if (!caller.has(Role.SYSTEM_ADMIN)) {
            throw DomainException.invalid(
                    "org-unit.parent-required", "parentId", "only a system administrator can create a top-level unit");
        }
        if (!command.kind().allowedParents().isEmpty()
                && (parent == null || !command.kind().allowedParents().contains(parent.getKind()))) {
            throw DomainException.invalid(
                    "org-unit.wrong-parent",
                    "parentId",
                    "a " + command.kind() + " must sit under a "
                            + command.kind().allowedParents());
        }
        if (command.kind() == OrgUnitKind.DISTRICT && parent != null) {
            throw DomainException.invalid("org-unit.wrong-parent", "parentId", "a DISTRICT is the top of the tree");
        }
        Long gridId = null;
        if (command.kind() == OrgUnitKind.BUILDING && command.gridId() != null) {
            OrgUnit grid = visible(caller, command.gridId());
            if (grid.getKind() != OrgUnitKind.GRID || !grid.getParentId().equals(parent.getParentId())) {
                throw DomainException.invalid(
                        "org-unit.wrong-grid", "gridId", "the grid must be a GRID of the building's own community");
            }
            gridId = grid.getId();
        }
        OrgUnit unit = new OrgUnit();
        unit.setParentId(parent == null ? null : parent.getId());
        unit.setKind(command.kind());
        unit.setName(command.name().trim());
        unit.setCode(command.code());
        unit.setGridId(gridId);
        unit.setDepth(parent == null ? 0 : parent.getDepth() + 1);
        // the path needs the id: insert under a unique placeholder, then set it in the same transaction
        unit.setPath("tmp:" + UUID.randomUUID());
        try {
            units.insert(unit);
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict(
                    "org-unit.duplicate-name",
                    "There is already a " + command.kind() + " named '" + command.name() + "' here.");
        }
        unit.setPath((parent == null ? "/" : parent.getPath()) + unit.getId() + "/");
        units.updateById(unit);
        return OrgUnitView.of(unit);
    }

    public OrgUnitView get(Caller caller, long id) {
        return OrgUnitView.of(visible(caller, id));
    }

    public List<OrgUnitView> children(Caller caller, long id) {
        visible(caller, id);
        return units.selectChildren(id).stream().map(OrgUnitView::of).toList();
    }

    /** The units a staff member may start browsing from: their own unit, or every root for a system admin. */
    public List<OrgUnitView> roots(Caller caller) {
        if (caller.has(Role.SYSTEM_ADMIN)) {
            return units.selectRoots().stream().map(OrgUnitView::of).toList();
        }
        return List.of(get(caller, caller.orgUnitId()));
    }

    /** A unit the caller may see, or 404: out-of-scope units do not exist for them. */
    /** Where a unit lies, for the caller of {@link #visible}, or for a service granted the lookups. */
    public UnitPlace placeOf(Caller caller, long id) {
        OrgUnit unit = DataScope.require(
                caller,
                units.selectById(id),
                OrgUnit::getPath,
                found -> caller.mayDo(PartyMemberLookupApi.GRANT),
                "org-unit",
                id);
        return new UnitPlace(unit.getId(), unit.getKind().name(), unit.getPath());
    }

    public OrgUnit visible(Caller caller, long id) {
        return DataScope.require(caller, units.selectById(id), OrgUnit::getPath, "org-unit", id);
    }

    /** A unit of the given kind the caller may see; 422 naming {@code field} when it is of another kind. */
    public OrgUnit visible(Caller caller, long id, OrgUnitKind kind, String field) {
        OrgUnit unit = visible(caller, id);
        if (unit.getKind() != kind) {
            throw DomainException.invalid(
                    "org-unit.wrong-kind", field, "must be a " + kind + ", but unit " + id + " is a " + unit.getKind());
        }
        return unit;
    }

    /** Internal read without a caller, for trusted flows (import, demo data). */
    public OrgUnit require(long id) {
        OrgUnit unit = units.selectById(id);
        if (unit == null) {
            throw DomainException.notFound("org-unit", id);
        }
        return unit;
    }
}
