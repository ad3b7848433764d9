package org.linli.organization.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.lang.Nullable;

/**
 * The compounds, buildings, units and rooms under one org unit, indexed by the names staff write in a
 * sheet. Loaded once per import, so validating 50,000 rows costs two queries, not 50,000.
 */
final class Places {

    record Place(long id, long parentId, String kind, String name, String path) {}

    private final Map<String, List<Place>> compoundsByName = new HashMap<>();
    private final Map<String, Place> childrenByName = new HashMap<>();
    private final Map<String, Long> householdsByRoom = new HashMap<>();

    Places(List<Place> places, List<Object[]> households) {
        for (Place place : places) {
            if (place.kind().equals("COMPOUND")) {
                compoundsByName
                        .computeIfAbsent(place.name(), n -> new ArrayList<>())
                        .add(place);
            } else {
                childrenByName.put(key(place.parentId(), place.name()), place);
            }
        }
        for (Object[] h : households) {
            householdsByRoom.put(key((Long) h[1], (String) h[2]), (Long) h[0]);
        }
    }

    /** The compounds of this name; more than one when two communities of a street use the same name. */
    List<Place> compounds(String name) {
        return compoundsByName.getOrDefault(name, List.of());
    }

    /** The one compound a row names, or empty after reporting why it cannot be told. */
    Optional<Place> compound(SheetRow row, RowChecks checks) {
        List<Place> found = compounds(row.get(Column.COMPOUND));
        if (found.isEmpty()) {
            checks.add(row.line(), Column.COMPOUND, "no compound of this name in the area you import into");
            return Optional.empty();
        }
        if (found.size() > 1) {
            checks.add(
                    row.line(),
                    Column.COMPOUND,
                    "several compounds have this name here; import into their community instead");
            return Optional.empty();
        }
        return Optional.of(found.get(0));
    }

    /** A building of a compound, or a unit of a building, by name. */
    Optional<Place> child(long parentId, String name) {
        return Optional.ofNullable(childrenByName.get(key(parentId, name)));
    }

    @Nullable
    Long household(long unitId, String room) {
        return householdsByRoom.get(key(unitId, room));
    }

    private static String key(long parentId, String name) {
        return parentId + "\u0000" + name;
    }
}
