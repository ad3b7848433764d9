package org.linli.organization.demo;

import java.time.Duration;
import java.util.List;
import org.linli.organization.OrganizationProperties;
import org.linli.platform.pii.PiiCipher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Makes the demo district (增城区) with a given number of households, deterministically (fixed seed)
 * and idempotently: a complete demo district of the same size is left alone. Its demo staff logins
 * ({@link DemoStaff}), partner units, compound parties and 双报到 registrations ({@link DemoCommunityLife})
 * are added when missing.
 *
 * <p>The district's {@code code} records its state: {@code linli-demo:<households>} once complete,
 * with a {@code :partial} suffix while being written. A partial or differently sized demo district is
 * not cleaned up automatically — the same database may hold real registry data beside it, and people
 * it created cannot be told apart from real ones safely — so the generator stops and says how to
 * start over: recreate the database.
 */
@Service
public class DemoDataGenerator {

    static final String CODE = "linli-demo:";

    private final JdbcTemplate jdbc;
    private final PiiCipher pii;
    private final OrganizationProperties properties;
    private final DemoStaff staff;
    private final DemoCommunityLife life;

    DemoDataGenerator(
            JdbcTemplate jdbc,
            PiiCipher pii,
            OrganizationProperties properties,
            DemoStaff staff,
            DemoCommunityLife life) {
        this.jdbc = jdbc;
        this.pii = pii;
        this.properties = properties;
        this.staff = staff;
        this.life = life;
    }

    public DemoReport generate(int households) {
        String complete = CODE + households;
        List<Object[]> existing = jdbc.query(
                "SELECT id, code FROM org_unit WHERE parent_id IS NULL AND code LIKE 'linli-demo:%'",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)});
        if (existing.size() == 1 && existing.get(0)[1].equals(complete)) {
            long district = (Long) existing.get(0)[0];
            // a district made before demo staff (or partners, parties, registrations) existed gets them now
            staff.ensure(district);
            life.ensure(district);
            return report(district, false, Duration.ZERO);
        }
        if (!existing.isEmpty()) {
            throw new IllegalStateException("The database already holds a demo district (" + existing.get(0)[1]
                    + ") that is not a complete one of " + households + " households. Demo data is never"
                    + " deleted automatically; to regenerate, drop and recreate the organisation database"
                    + " (./dev down && ./dev up), then run the generator again.");
        }
        long started = System.nanoTime();
        DemoDistrictWriter writer =
                new DemoDistrictWriter(DemoShape.of(households), pii, jdbc, properties.maxHouseholdsPerMember());
        long district = writer.write(complete + ":partial");
        jdbc.update("UPDATE org_unit SET code = ? WHERE id = ?", complete, district);
        staff.ensure(district);
        life.ensure(district);
        return report(district, true, Duration.ofNanos(System.nanoTime() - started));
    }

    private DemoReport report(long district, boolean created, Duration took) {
        String path = "/" + district + "/";
        return new DemoReport(
                created,
                count("SELECT COUNT(*) FROM household WHERE path LIKE CONCAT(?, '%')", path),
                count(
                        "SELECT COUNT(DISTINCT t.person_id) FROM household_tie t JOIN household h ON h.id = t.household_id"
                                + " WHERE h.path LIKE CONCAT(?, '%')",
                        path),
                count("SELECT COUNT(*) FROM party_org WHERE scope_path LIKE CONCAT(?, '%')", path),
                count("SELECT COUNT(*) FROM party_member WHERE scope_path LIKE CONCAT(?, '%')", path),
                count("SELECT COUNT(*) FROM member_household_link WHERE path LIKE CONCAT(?, '%')", path),
                count("SELECT COUNT(*) FROM partner_unit WHERE scope_path LIKE CONCAT(?, '%')", path),
                count("SELECT COUNT(*) FROM compound_party WHERE scope_path LIKE CONCAT(?, '%')", path),
                count("SELECT COUNT(*) FROM registration WHERE scope_path LIKE CONCAT(?, '%')", path),
                took);
    }

    private long count(String sql, String path) {
        return jdbc.queryForObject(sql, Long.class, path);
    }
}
