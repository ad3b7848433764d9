package org.linli.organization.transfer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linli.organization.geography.GeographyService;
import org.linli.organization.geography.OrgUnit;
import org.linli.organization.geography.OrgUnitKind;
import org.linli.organization.geography.dto.CreateOrgUnit;
import org.linli.organization.household.HouseholdService;
import org.linli.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 房屋批量导入: households from a sheet, into a compound or any area above it.
 *
 * <p>The compound must already exist: compounds are set up with their community, grids and three
 * parties on purpose. Missing buildings and units under it are created, because staff register a new
 * building by listing its rooms, and creating thirty buildings by hand first would be busywork. Such
 * buildings start without a grid; the community assigns grids separately.
 *
 * <p>Every row is checked before anything is written; one bad row rejects the file.
 */
@Service
public class HouseholdImport {

    private static final BigDecimal MAX_AREA = new BigDecimal("100000");

    private final ImportArea area;
    private final RegistryReads reads;
    private final GeographyService geography;
    private final HouseholdService households;

    HouseholdImport(ImportArea area, RegistryReads reads, GeographyService geography, HouseholdService households) {
        this.area = area;
        this.reads = reads;
        this.geography = geography;
        this.households = households;
    }

    private record Planned(long compoundId, String building, String unit, String room, BigDecimal floorArea) {}

    @Transactional
    public HouseholdsImported run(Caller caller, long unitId, List<SheetRow> rows) {
        Places places = reads.places(area.of(caller, unitId).getPath());
        List<Planned> planned = validate(rows, places);
        return write(caller, planned, places);
    }

    private List<Planned> validate(List<SheetRow> rows, Places places) {
        RowChecks checks = new RowChecks(Dataset.HOUSEHOLDS);
        Map<String, Integer> firstLine = new HashMap<>();
        List<Planned> planned = new ArrayList<>();
        for (SheetRow row : rows) {
            if (!checks.wellFormed(row)) {
                continue;
            }
            Optional<BigDecimal> floorArea = floorArea(row, checks);
            Optional<Places.Place> compound = places.compound(row, checks);
            if (floorArea.isEmpty() || compound.isEmpty()) {
                continue;
            }
            Planned p = new Planned(
                    compound.get().id(),
                    row.get(Column.BUILDING),
                    row.get(Column.UNIT),
                    row.get(Column.ROOM),
                    floorArea.get());
            Integer earlier = firstLine.putIfAbsent(
                    p.compoundId() + "/" + p.building() + "/" + p.unit() + "/" + p.room(), row.line());
            if (earlier != null) {
                checks.add(row.line(), Column.ROOM, "this room is already listed on line " + earlier);
            } else if (exists(places, p)) {
                checks.add(row.line(), Column.ROOM, "this room is already registered");
            } else {
                planned.add(p);
            }
        }
        checks.throwIfAny();
        return planned;
    }

    private static boolean exists(Places places, Planned p) {
        return places.child(p.compoundId(), p.building())
                .flatMap(b -> places.child(b.id(), p.unit()))
                .map(u -> places.household(u.id(), p.room()) != null)
                .orElse(false);
    }

    private static Optional<BigDecimal> floorArea(SheetRow row, RowChecks checks) {
        try {
            BigDecimal value = new BigDecimal(row.get(Column.FLOOR_AREA));
            if (value.signum() <= 0 || value.compareTo(MAX_AREA) > 0) {
                checks.add(row.line(), Column.FLOOR_AREA, "must be more than 0 and at most 100000 ㎡");
            } else if (value.stripTrailingZeros().scale() > 2) {
                checks.add(row.line(), Column.FLOOR_AREA, "may have at most two decimals");
            } else {
                return Optional.of(value);
            }
        } catch (NumberFormatException e) {
            checks.add(row.line(), Column.FLOOR_AREA, "must be a number of square metres, such as 89.5");
        }
        return Optional.empty();
    }

    private HouseholdsImported write(Caller caller, List<Planned> planned, Places places) {
        Map<String, Long> created = new HashMap<>();
        Map<Long, OrgUnit> units = new HashMap<>();
        int buildings = 0;
        int unitsCreated = 0;
        for (Planned p : planned) {
            String buildingKey = p.compoundId() + "/" + p.building();
            Long buildingId = places.child(p.compoundId(), p.building())
                    .map(Places.Place::id)
                    .orElse(created.get(buildingKey));
            if (buildingId == null) {
                buildingId = create(caller, p.compoundId(), OrgUnitKind.BUILDING, p.building());
                created.put(buildingKey, buildingId);
                buildings++;
            }
            String unitKey = buildingKey + "/" + p.unit();
            long parent = buildingId;
            Long unitId = places.child(parent, p.unit()).map(Places.Place::id).orElse(created.get(unitKey));
            if (unitId == null) {
                unitId = create(caller, parent, OrgUnitKind.UNIT, p.unit());
                created.put(unitKey, unitId);
                unitsCreated++;
            }
            OrgUnit unit = units.computeIfAbsent(unitId, geography::require);
            households.insert(unit, p.room(), p.floorArea());
        }
        return new HouseholdsImported(planned.size(), buildings, unitsCreated);
    }

    private long create(Caller caller, long parentId, OrgUnitKind kind, String name) {
        return geography
                .create(caller, new CreateOrgUnit(parentId, kind, name, null, null))
                .id();
    }
}
