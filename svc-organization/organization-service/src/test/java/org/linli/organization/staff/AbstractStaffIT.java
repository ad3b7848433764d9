package org.linli.organization.staff;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.linli.organization.AbstractIT;
import org.linli.organization.geography.dto.OrgUnitView;
import org.linli.organization.staff.dto.CreateStaffAccount;
import org.linli.platform.core.token.Role;
import org.linli.platform.pii.PiiCipher;
import org.linli.platform.security.Caller;
import org.linli.testing.Http.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Staff accounts made through the real service, signed in over HTTP. */
abstract class AbstractStaffIT extends AbstractIT {

    private static final AtomicInteger SEQ = new AtomicInteger();
    static final Caller ROOT = new Caller(1, null, Set.of(Role.SYSTEM_ADMIN), null, "/");

    @Autowired
    StaffAccountService staffAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PiiCipher pii;

    record Staff(long id, String username, String password) {}

    /** A fresh staff account with a unique username and password, created by a system administrator. */
    Staff staff(Role role, OrgUnitView unit) {
        return staff(
                role,
                unit,
                uniqueUsername(role.name().toLowerCase().replace('_', '-').substring(0, 4)));
    }

    Staff staff(Role role, OrgUnitView unit, String username) {
        String password = "pw-" + UUID.randomUUID();
        long id = staffAccounts
                .create(ROOT, new CreateStaffAccount(username, password, "测试" + role.name(), role, unit.id()))
                .id();
        return new Staff(id, username, password);
    }

    static String uniqueUsername(String prefix) {
        return prefix + "-" + (System.nanoTime() % 1_000_000_000L) + "-" + SEQ.incrementAndGet();
    }

    /** The full-width forms (ＡＢＣ－１２３) that Chinese input methods type. */
    static String fullWidth(String ascii) {
        StringBuilder wide = new StringBuilder();
        ascii.chars().forEach(c -> wide.append(c > ' ' && c < 0x7F ? (char) (c + 0xFEE0) : (char) c));
        return wide.toString();
    }

    Response login(String username, String password) {
        return http().post("/api/auth/staff/login", null, Map.of("username", username, "password", password));
    }

    /** Signs in and returns the access token; fails the test when sign-in does not succeed. */
    String tokenOf(Staff staff) {
        Response response = login(staff.username(), staff.password());
        if (response.status() != 200) {
            throw new AssertionError("sign-in of " + staff.username() + " failed: " + response);
        }
        return response.json().get("accessToken").asString();
    }

    static JWTClaimsSet claims(String accessToken) throws Exception {
        return SignedJWT.parse(accessToken).getJWTClaimsSet();
    }

    /** Failed attempts counted against an account, whatever spelling of its username they used. */
    int failuresOf(Staff staff) {
        return failures("staff-account:" + staff.id());
    }

    /** Failed attempts counted against a username that names no account. */
    int failuresOfUnknown(String username) {
        return failures("staff-login:" + Usernames.normalize(username));
    }

    private int failures(String key) {
        Integer failures = jdbc.query(
                "SELECT failures FROM staff_login_attempt WHERE username_hash = ?",
                rs -> rs.next() ? rs.getInt(1) : null,
                pii.blindIndex(key));
        return failures == null ? 0 : failures;
    }
}
