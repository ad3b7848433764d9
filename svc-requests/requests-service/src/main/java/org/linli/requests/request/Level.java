package org.linli.requests.request;

/**
 * 四级联动: who answers for a request now, from the building up to the district (小事不出楼栋、大事不出小区).
 * Each level is a depth of the org path: the unit that answers is the prefix of the request's place with
 * that many segments (/district/street/community/compound/building/unit/).
 */
public enum Level {
    DISTRICT(1, "区"),
    STREET(2, "街道"),
    COMMUNITY(3, "社区"),
    COMPOUND(4, "小区"),
    BUILDING(5, "楼栋");

    private final int depth;
    private final String chinese;

    Level(int depth, String chinese) {
        this.depth = depth;
        this.chinese = chinese;
    }

    /** What residents and staff call it, for the timeline's notes. */
    public String chinese() {
        return chinese;
    }

    /** One level up; the district is the top and stays. */
    public Level up() {
        return this == DISTRICT ? DISTRICT : values()[ordinal() - 1];
    }

    public boolean isTop() {
        return this == DISTRICT;
    }

    /**
     * The path of the unit that answers at this level for a place at {@code path}, or null when the place
     * lies above this level (a compound's common area has no building).
     */
    public String unitPath(String path) {
        if (path == null) {
            return null;
        }
        int slashes = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/' && i > 0 && ++slashes == depth) {
                return path.substring(0, i + 1);
            }
        }
        return null;
    }

    /** The id of the unit a materialized path ends with ("/1/2/3/" is unit 3). */
    static Long unitIdOf(String path) {
        if (path == null || path.length() < 2) {
            return null;
        }
        String trimmed = path.substring(0, path.length() - 1);
        return Long.valueOf(trimmed.substring(trimmed.lastIndexOf('/') + 1));
    }
}
