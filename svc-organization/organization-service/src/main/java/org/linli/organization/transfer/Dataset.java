package org.linli.organization.transfer;

import static org.linli.organization.transfer.Column.*;

import java.util.List;
import java.util.Set;

/**
 * The three sheets staff move in and out of the registry. Export writes exactly these columns in this
 * order, so that an exported file can be imported again.
 */
public enum Dataset {
    HOUSEHOLDS(
            "households",
            "户籍房屋",
            List.of(COMPOUND, BUILDING, UNIT, ROOM, FLOOR_AREA),
            Set.of(COMPOUND, BUILDING, UNIT, ROOM, FLOOR_AREA)),
    RESIDENTS(
            "residents",
            "居民",
            List.of(COMPOUND, BUILDING, UNIT, ROOM, NAME, ID_NUMBER, PHONE, RELATION),
            Set.of(COMPOUND, BUILDING, UNIT, ROOM, NAME, ID_NUMBER, RELATION)),
    PARTY_MEMBERS(
            "party-members",
            "党员",
            List.of(NAME, ID_NUMBER, PHONE, PARTY_ORG, CATEGORY, POSITION, EMPLOYER, EMPLOYER_PARTY_ORG),
            Set.of(NAME, ID_NUMBER, PARTY_ORG, CATEGORY));

    private final String slug;
    private final String title;
    private final List<Column> columns;
    private final Set<Column> required;

    Dataset(String slug, String title, List<Column> columns, Set<Column> required) {
        this.slug = slug;
        this.title = title;
        this.columns = columns;
        this.required = required;
    }

    /** How the dataset is named in URLs and file names. */
    public String slug() {
        return slug;
    }

    /** The sheet name staff see. */
    public String title() {
        return title;
    }

    public List<Column> columns() {
        return columns;
    }

    public boolean requires(Column column) {
        return required.contains(column);
    }
}
