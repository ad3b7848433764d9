package org.linli.organization.demo;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.linli.organization.compoundparty.CompoundPartyKind;
import org.linli.organization.compoundparty.CompoundPartyRole;
import org.linli.organization.partner.PartnerUnitKind;
import org.linli.organization.registration.RegistrationStatus;
import org.linli.platform.pii.PiiCipher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a newcomer's console should show beyond the registry's bones: each community's partner units
 * (共建单位), each compound's three parties (三驾马车) with their people, and 双报到 registrations in
 * every state. Deterministic (choices follow ids, which the fixed-seed district makes the same every
 * time) and idempotent: a community or compound that has any of these already is left alone, so a
 * district made before this existed gets them on the next run, and a rerun changes nothing.
 */
@Component
class DemoCommunityLife {

    private record Partner(String name, PartnerUnitKind kind) {}

    private static final List<Partner> PARTNERS = List.of(
            new Partner("增城区税务局", PartnerUnitKind.GOVERNMENT_AGENCY),
            new Partner("增城区人民医院", PartnerUnitKind.HOSPITAL),
            new Partner("荔城派出所", PartnerUnitKind.POLICE),
            new Partner("增城区第一中学", PartnerUnitKind.SCHOOL),
            new Partner("中国银行增城支行", PartnerUnitKind.ENTERPRISE),
            new Partner("增城供电局", PartnerUnitKind.ENTERPRISE),
            new Partner("广汽本田增城工厂", PartnerUnitKind.ENTERPRISE),
            new Partner("增城区城市管理和综合执法局", PartnerUnitKind.GOVERNMENT_AGENCY));
    private static final List<String> PROPERTY_COMPANIES = List.of("碧桂园服务", "保利物业", "万科物业", "雅生活服务", "越秀物业");
    static final int OWNERS_COMMITTEE_SEATS = 5;
    private static final String REJECTION = "所在单位党组织信息无法核实，请补充党组织关系介绍信后重新申请";

    private final JdbcTemplate jdbc;
    private final PiiCipher pii;
    private final TransactionTemplate transaction;

    DemoCommunityLife(JdbcTemplate jdbc, PiiCipher pii, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.pii = pii;
        this.transaction = transaction;
    }

    private record Unit(long id, String path, String name, int index) {}

    /** Fills what is missing; each community or compound in one transaction, so a broken run leaves none half done. */
    void ensure(long district) {
        String districtPath = "/" + district + "/";
        List<Unit> communities = units("COMMUNITY", districtPath);
        for (Unit community : communities) {
            transaction.executeWithoutResult(status -> {
                partnerUnits(community);
                registrations(community);
            });
        }
        for (Unit compound : units("COMPOUND", districtPath)) {
            transaction.executeWithoutResult(status -> threeParties(compound));
        }
    }

    /** The district's units of a kind in id order, numbered in that order: the choices below key on it. */
    private List<Unit> units(String kind, String districtPath) {
        List<Unit> units = new ArrayList<>();
        jdbc.query(
                "SELECT id, path, name FROM org_unit WHERE kind = ? AND path LIKE CONCAT(?, '%') ORDER BY id",
                rs -> {
                    units.add(new Unit(rs.getLong(1), rs.getString(2), rs.getString(3), units.size()));
                },
                kind,
                districtPath);
        return units;
    }

    /** Three of the district's partners per community, with agreements signed through 2024. */
    private void partnerUnits(Unit community) {
        if (exists("SELECT EXISTS (SELECT 1 FROM partner_unit WHERE community_id = ?)", community.id())) {
            return;
        }
        for (int offset : new int[] {0, 3, 5}) {
            Partner partner = PARTNERS.get((community.index() + offset) % PARTNERS.size());
            jdbc.update(
                    "INSERT INTO partner_unit (community_id, scope_path, name, kind, agreement_signed_on, created_at,"
                            + " updated_at) VALUES (?, ?, ?, ?, ?, NOW(3), NOW(3))",
                    community.id(),
                    community.path(),
                    partner.name(),
                    partner.kind().name(),
                    Date.valueOf(LocalDate.of(2024, 1, 15).plusDays(community.index() * 11L % 330 + offset * 7L)));
        }
    }

    /**
     * 双报到 in every state: in-service members already enrolled came through an approved registration;
     * two residents wait for a decision and one was refused, so the console's queue is not empty.
     */
    private void registrations(Unit community) {
        if (exists("SELECT EXISTS (SELECT 1 FROM registration WHERE community_id = ?)", community.id())) {
            return;
        }
        LocalDate day = LocalDate.of(2025, 3, 3).plusDays(community.index() % 200);
        jdbc.query(
                "SELECT id, person_id, phone_cipher, employer, employer_party_org FROM party_member"
                        + " WHERE scope_path LIKE CONCAT(?, '%') AND category = 'IN_SERVICE' ORDER BY id LIMIT 3",
                rs -> {
                    registration(
                            community,
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            RegistrationStatus.APPROVED,
                            null,
                            rs.getLong(1),
                            day);
                },
                community.path());
        List<Owner> applicants = jdbc.query(
                "SELECT t.person_id, MIN(t.phone_cipher) FROM household_tie t JOIN household h ON h.id = t.household_id"
                        + " WHERE h.path LIKE CONCAT(?, '%') AND t.relation = 'OWNER'"
                        + " AND NOT EXISTS (SELECT 1 FROM party_member m WHERE m.person_id = t.person_id)"
                        + " AND NOT EXISTS (SELECT 1 FROM registration r WHERE r.person_id = t.person_id)"
                        + " GROUP BY t.person_id ORDER BY t.person_id LIMIT 3",
                (rs, i) -> new Owner(rs.getLong(1), rs.getString(2), false), community.path());
        for (int i = 0; i < applicants.size(); i++) {
            String employer = DemoNames.EMPLOYERS.get((community.index() + i) % DemoNames.EMPLOYERS.size());
            boolean refused = i == 2;
            Owner applicant = applicants.get(i);
            registration(
                    community,
                    applicant.person(),
                    applicant.phoneCipher(),
                    employer,
                    employer + "机关党委",
                    refused ? RegistrationStatus.REJECTED : RegistrationStatus.PENDING,
                    refused ? REJECTION : null,
                    null,
                    day.plusDays(30 + i));
        }
    }

    private void registration(
            Unit community,
            long person,
            String phoneCipher,
            String employer,
            String employerPartyOrg,
            RegistrationStatus status,
            String reason,
            Long member,
            LocalDate on) {
        boolean decided = status != RegistrationStatus.PENDING;
        jdbc.update(
                "INSERT INTO registration (person_id, phone_cipher, community_id, scope_path, employer,"
                        + " employer_party_org, status, decision_reason, decided_at, party_member_id, created_at,"
                        + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NOW(3))",
                person,
                phoneCipher,
                community.id(),
                community.path(),
                employer,
                employerPartyOrg,
                status.name(),
                reason,
                decided ? on.plusDays(5).atTime(10, 0) : null,
                member,
                on.atTime(9, 30));
    }

    /**
     * Every compound has its residents' group; most have an owners' committee of five owners and a
     * property company with a contact; a few lack one, so the "missing" list shows too ({@link DemoShape}).
     */
    private void threeParties(Unit compound) {
        if (exists("SELECT EXISTS (SELECT 1 FROM compound_party WHERE compound_id = ?)", compound.id())) {
            return;
        }
        List<Owner> owners = owners(compound);
        long residents = party(compound, CompoundPartyKind.RESIDENTS_COMMITTEE, compound.name() + "居民小组", null);
        seats(residents, owners.stream().filter(o -> !o.partyMember()).limit(2).toList(), CompoundPartyRole.CHAIR);
        if (DemoShape.hasOwnersCommittee(compound.index())) {
            long committeeId = party(
                    compound,
                    CompoundPartyKind.OWNERS_COMMITTEE,
                    compound.name() + "第一届业主委员会",
                    LocalDate.of(2024, 7, 1));
            int members = DemoShape.partyMembersOnOwnersCommittee(compound.index());
            List<Owner> committee = new ArrayList<>(
                    owners.stream().filter(Owner::partyMember).limit(members).toList());
            owners.stream()
                    .filter(o -> !o.partyMember())
                    .skip(2)
                    .limit(OWNERS_COMMITTEE_SEATS - committee.size())
                    .forEach(committee::add);
            seats(committeeId, committee, CompoundPartyRole.CHAIR);
        }
        if (DemoShape.hasPropertyCompany(compound.index())) {
            long company = party(
                    compound,
                    CompoundPartyKind.PROPERTY_COMPANY,
                    PROPERTY_COMPANIES.get(compound.index() % PROPERTY_COMPANIES.size()),
                    null);
            long contact = contactPerson(compound);
            jdbc.update(
                    "INSERT INTO compound_party_member (compound_party_id, person_id, role, phone_cipher, created_at,"
                            + " updated_at) VALUES (?, ?, ?, ?, NOW(3), NOW(3))",
                    company,
                    contact,
                    CompoundPartyRole.CONTACT.name(),
                    pii.encrypt(String.format("1880020%04d", compound.index() % 10_000)));
        }
    }

    private record Owner(long person, String phoneCipher, boolean partyMember) {}

    private List<Owner> owners(Unit compound) {
        return jdbc.query(
                "SELECT t.person_id, MIN(t.phone_cipher),"
                        + " EXISTS (SELECT 1 FROM party_member m WHERE m.person_id = t.person_id)"
                        + " FROM household h JOIN household_tie t ON t.household_id = h.id AND t.relation = 'OWNER'"
                        + " WHERE h.compound_id = ? GROUP BY t.person_id ORDER BY t.person_id LIMIT 200",
                (rs, i) -> new Owner(rs.getLong(1), rs.getString(2), rs.getBoolean(3)),
                compound.id());
    }

    /** The first takes {@code first}, the second is vice chair, the rest members. */
    private void seats(long party, List<Owner> people, CompoundPartyRole first) {
        for (int i = 0; i < people.size(); i++) {
            CompoundPartyRole role = i == 0 ? first : i == 1 ? CompoundPartyRole.VICE_CHAIR : CompoundPartyRole.MEMBER;
            jdbc.update(
                    "INSERT INTO compound_party_member (compound_party_id, person_id, role, phone_cipher, created_at,"
                            + " updated_at) VALUES (?, ?, ?, ?, NOW(3), NOW(3))",
                    party,
                    people.get(i).person(),
                    role.name(),
                    people.get(i).phoneCipher());
        }
    }

    private long party(Unit compound, CompoundPartyKind kind, String name, LocalDate termStart) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO compound_party (compound_id, scope_path, kind, name, term_start, term_end,"
                                    + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, NOW(3), NOW(3))",
                            Statement.RETURN_GENERATED_KEYS);
                    insert.setLong(1, compound.id());
                    insert.setString(2, compound.path());
                    insert.setString(3, kind.name());
                    insert.setString(4, name);
                    insert.setObject(5, termStart);
                    insert.setObject(
                            6, termStart == null ? null : termStart.plusYears(5).minusDays(1));
                    return insert;
                },
                key);
        return key.getKey().longValue();
    }

    /** A property manager: a name and a work phone, no ID number (nobody needs it). */
    private long contactPerson(Unit compound) {
        String name = DemoNames.person(new SplittableRandom(compound.id()), compound.index() % 2 == 0);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO person (name_cipher, name_hash, created_at, updated_at)"
                                    + " VALUES (?, ?, NOW(3), NOW(3))",
                            Statement.RETURN_GENERATED_KEYS);
                    insert.setString(1, pii.encrypt(name));
                    insert.setString(2, pii.blindIndex(name));
                    return insert;
                },
                key);
        return key.getKey().longValue();
    }

    private boolean exists(String sql, long id) {
        return Boolean.TRUE.equals(jdbc.queryForObject(sql, Boolean.class, id));
    }
}
