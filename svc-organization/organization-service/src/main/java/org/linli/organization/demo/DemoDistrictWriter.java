package org.linli.organization.demo;

import static org.linli.organization.demo.BatchInserts.Table.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.linli.organization.geography.OrgUnitKind;
import org.linli.organization.household.TieRelation;
import org.linli.organization.partymember.MemberCategory;
import org.linli.organization.partymember.MemberPosition;
import org.linli.organization.partyorg.PartyOrgKind;
import org.linli.platform.pii.PiiCipher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One run of the demo generator: walks the district street by street, community by community, and
 * buffers its rows into {@link BatchInserts}. Ids are assigned here, from the tables' current maxima,
 * so that paths and foreign keys are known without reading anything back; this is why the generator
 * must be the only writer while it runs (it is run at set-up, before anyone uses the registry).
 */
final class DemoDistrictWriter {

    static final long SEED = 20_260_101L;

    private final DemoShape shape;
    private final PiiCipher pii;
    private final BatchInserts out;
    private final int maxHouseholdsPerMember;
    private final SplittableRandom random = new SplittableRandom(SEED);
    private long unitId;
    private long orgId;
    private long householdId;
    private long personId;
    private long tieId;
    private long memberId;
    private long linkId;
    private long personNumber;

    /** A person written, with the phone (ciphertext) that each record of theirs keeps. */
    private record Someone(long id, String phoneCipher) {}

    /** A household as the member-assignment step needs it. */
    private record Home(long id, Someone owner, String path, int building) {}

    DemoDistrictWriter(DemoShape shape, PiiCipher pii, JdbcTemplate jdbc, int maxHouseholdsPerMember) {
        this.shape = shape;
        this.pii = pii;
        this.out = new BatchInserts(jdbc);
        this.maxHouseholdsPerMember = maxHouseholdsPerMember;
        this.unitId = next(jdbc, "org_unit");
        this.orgId = next(jdbc, "party_org");
        this.householdId = next(jdbc, "household");
        this.personId = next(jdbc, "person");
        this.tieId = next(jdbc, "household_tie");
        this.memberId = next(jdbc, "party_member");
        this.linkId = next(jdbc, "member_household_link");
    }

    /** Writes the district; returns its id. Its code says "partial" until the caller marks it complete. */
    long write(String partialCode) {
        long district = unitId++;
        String districtPath = "/" + district + "/";
        out.add(
                ORG_UNIT,
                district,
                null,
                OrgUnitKind.DISTRICT.name(),
                DemoNames.DISTRICT,
                partialCode,
                districtPath,
                0,
                null);
        for (int s = 0; s < shape.streets(); s++) {
            long street = unit(district, districtPath, 1, OrgUnitKind.STREET, DemoNames.street(s), null);
            String streetPath = districtPath + street + "/";
            String streetName = DemoNames.street(s);
            Org committee = org(null, PartyOrgKind.STREET_WORKING_COMMITTEE, streetName + "党工委", street, streetPath);
            for (int c = shape.firstCommunityOf(s); c < shape.firstCommunityOf(s) + shape.communitiesOf(s); c++) {
                community(c, street, streetPath, committee);
                out.flushIfFull();
            }
        }
        out.flush();
        return district;
    }

    private record Org(long id, String path, String scope) {}

    private void community(int c, long street, String streetPath, Org streetCommittee) {
        String name = DemoNames.community(c);
        long community = unit(street, streetPath, 2, OrgUnitKind.COMMUNITY, name, null);
        String path = streetPath + community + "/";
        Org committee = org(streetCommittee, PartyOrgKind.COMMUNITY_COMMITTEE, name + "党委", community, path);
        int first = shape.firstCompoundOf(c);
        int count = shape.compoundsOf(c);
        long[] compounds = new long[count];
        int buildings = 0;
        for (int k = 0; k < count; k++) {
            compounds[k] = unit(community, path, 3, OrgUnitKind.COMPOUND, DemoNames.compound(first + k), null);
            buildings += DemoShape.buildingsFor(shape.householdsOfCompound(first + k));
        }
        long[] grids = new long[DemoShape.ceil(buildings, DemoShape.BUILDINGS_PER_GRID)];
        for (int g = 0; g < grids.length; g++) {
            grids[g] = unit(community, path, 3, OrgUnitKind.GRID, "第" + (g + 1) + "网格", null);
        }
        int building = 0;
        for (int k = 0; k < count; k++) {
            building = compound(first + k, compounds[k], path + compounds[k] + "/", grids, building, committee, k == 0);
        }
    }

    /** Returns the community's building counter after this compound's buildings. */
    private int compound(
            int k, long compound, String path, long[] grids, int building, Org committee, boolean leadsCommunity) {
        String name = DemoNames.compound(k);
        Org branch = DemoShape.hasBranch(k)
                ? org(committee, PartyOrgKind.COMPOUND_BRANCH, name + "党支部", compound, path)
                : null;
        int households = shape.householdsOfCompound(k);
        int buildings = DemoShape.buildingsFor(households);
        List<Home> homes = new ArrayList<>(households);
        List<Org> groups = new ArrayList<>(buildings);
        List<Boolean> leaders = new ArrayList<>(buildings);
        for (int b = 0; b < buildings; b++) {
            long buildingId = unit(
                    compound,
                    path,
                    4,
                    OrgUnitKind.BUILDING,
                    (b + 1) + "栋",
                    grids[building++ / DemoShape.BUILDINGS_PER_GRID]);
            String buildingPath = path + buildingId + "/";
            groups.add(
                    branch == null
                            ? null
                            : org(
                                    branch,
                                    PartyOrgKind.BUILDING_GROUP,
                                    name + (b + 1) + "栋党小组",
                                    buildingId,
                                    buildingPath));
            leaders.add(random.nextInt(10) < 9);
            building(b, share(households, buildings, b), compound, buildingId, buildingPath, homes);
        }
        members(homes, branch, committee, groups, leaders, leadsCommunity);
        return building;
    }

    private void building(int b, int households, long compound, long building, String path, List<Home> homes) {
        int units = DemoShape.ceil(households, DemoShape.HOUSEHOLDS_PER_UNIT);
        int typicalArea = 70 + random.nextInt(60);
        for (int u = 0; u < units; u++) {
            long unit = unit(building, path, 5, OrgUnitKind.UNIT, (u + 1) + "单元", null);
            String unitPath = path + unit + "/";
            int rooms = share(households, units, u);
            for (int i = 0; i < rooms; i++) {
                long id = householdId++;
                String room = String.valueOf((i / 2 + 1) * 100 + i % 2 + 1);
                BigDecimal area = BigDecimal.valueOf(typicalArea * 100L + random.nextInt(-1000, 1000), 2);
                out.add(HOUSEHOLD, id, unit, building, compound, unitPath, room, area);
                Someone owner = person(true);
                tie(id, owner, TieRelation.OWNER);
                if (random.nextInt(100) < 35) {
                    tie(id, person(false), TieRelation.FAMILY);
                }
                if (random.nextInt(100) < 5) {
                    tie(id, person(true), TieRelation.TENANT);
                }
                homes.add(new Home(id, owner, unitPath, b));
            }
        }
    }

    /**
     * About one household in eight has a party member among its owners; together they look after about
     * 95 % of the compound's households, each a run of neighbouring homes (一人带一圈).
     */
    private void members(
            List<Home> homes,
            Org branch,
            Org committee,
            List<Org> groups,
            List<Boolean> leaders,
            boolean leadsCommunity) {
        int count = Math.max(1, Math.round(homes.size() / (float) DemoShape.HOUSEHOLDS_PER_MEMBER));
        List<Home> covered =
                homes.stream().filter(h -> random.nextInt(100) >= 5).toList();
        boolean[] led = new boolean[groups.size()];
        for (int j = 0; j < count; j++) {
            Home home = homes.get((int) ((long) j * homes.size() / count));
            Org group = groups.get(home.building());
            Org org;
            MemberPosition position = MemberPosition.MEMBER;
            if (j == 0 && branch != null) {
                org = branch;
                position = MemberPosition.SECRETARY;
            } else if (leadsCommunity && j <= 3) {
                org = committee;
                position = j == 1 ? MemberPosition.SECRETARY : MemberPosition.COMMITTEE_MEMBER;
            } else if (group != null) {
                org = group;
                if (!led[home.building()] && leaders.get(home.building())) {
                    led[home.building()] = true;
                    position = MemberPosition.GROUP_LEADER;
                }
            } else {
                org = branch != null ? branch : committee;
            }
            int from = (int) ((long) j * covered.size() / count);
            int to = (int) ((long) (j + 1) * covered.size() / count);
            member(home.owner(), org, position, covered.subList(from, Math.min(to, from + maxHouseholdsPerMember)));
        }
    }

    private void member(Someone person, Org org, MemberPosition position, List<Home> looksAfter) {
        long id = memberId++;
        int roll = random.nextInt(100);
        MemberCategory category = roll < 55
                ? MemberCategory.RESIDENT
                : roll < 80 ? MemberCategory.IN_SERVICE : roll < 95 ? MemberCategory.RETIRED : MemberCategory.MOBILE;
        String employer = category == MemberCategory.IN_SERVICE
                ? DemoNames.EMPLOYERS.get(random.nextInt(DemoNames.EMPLOYERS.size()))
                : null;
        out.add(
                PARTY_MEMBER,
                id,
                person.id(),
                person.phoneCipher(),
                org.id(),
                org.scope(),
                category.name(),
                position.name(),
                employer,
                employer == null ? null : employer + "机关党委",
                looksAfter.size());
        for (Home home : looksAfter) {
            out.add(MEMBER_HOUSEHOLD_LINK, linkId++, home.id(), id, home.path());
        }
    }

    private Someone person(boolean withPhone) {
        DemoPeople.Person p = DemoPeople.make(personNumber++, random, withPhone);
        long id = personId++;
        out.add(
                PERSON,
                id,
                pii.encrypt(p.name()),
                pii.blindIndex(p.name()),
                pii.encrypt(p.idNumber()),
                pii.blindIndex(p.idNumber()));
        return new Someone(id, pii.encrypt(p.phone()));
    }

    private void tie(long household, Someone person, TieRelation relation) {
        out.add(HOUSEHOLD_TIE, tieId++, household, person.id(), relation.name(), person.phoneCipher());
    }

    private long unit(long parent, String parentPath, int depth, OrgUnitKind kind, String name, Long grid) {
        long id = unitId++;
        out.add(ORG_UNIT, id, parent, kind.name(), name, null, parentPath + id + "/", depth, grid);
        return id;
    }

    private Org org(Org parent, PartyOrgKind kind, String name, long anchor, String anchorPath) {
        long id = orgId++;
        String path = (parent == null ? "/" : parent.path()) + id + "/";
        out.add(
                PARTY_ORG,
                id,
                parent == null ? null : parent.id(),
                kind.name(),
                kind.level(),
                name,
                anchor,
                anchorPath,
                path);
        return new Org(id, path, anchorPath);
    }

    /** Part {@code i} of {@code total} split into {@code parts} near-equal parts. */
    private static int share(int total, int parts, int i) {
        return total / parts + (i < total % parts ? 1 : 0);
    }

    private static long next(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table, Long.class);
    }
}
