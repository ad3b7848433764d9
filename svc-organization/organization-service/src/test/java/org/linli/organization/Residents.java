package org.linli.organization;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.linli.organization.household.HouseholdService;
import org.linli.organization.household.TieRelation;
import org.linli.organization.household.dto.AddResident;
import org.linli.organization.person.dto.PersonDetails;
import org.linli.platform.core.token.Role;
import org.linli.platform.security.Caller;
import org.linli.testing.Http;
import org.springframework.boot.test.context.TestComponent;

/** Drives a resident through the mini-program's HTTP API, as the app would, against the fake WeChat. */
@TestComponent
public class Residents {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final Caller ROOT = new Caller(1, null, Set.of(Role.SYSTEM_ADMIN), null, "/");

    private final HouseholdService households;

    Residents(HouseholdService households) {
        this.households = households;
    }

    /** A WeChat user nobody has used yet in this JVM (the fake's openid is o-&lt;user&gt;). */
    public static String newUser() {
        return "it-user-" + SEQ.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 1_000_000, 36);
    }

    /** A fresh, one-time login code for the user. */
    public static String code(String user) {
        return user + ":" + SEQ.incrementAndGet();
    }

    public static Http.Response login(Http http, String user) {
        return http.post("/api/auth/wx/login", null, Map.of("code", code(user)));
    }

    /** Logs in (a 200 is asserted) and returns the access token. */
    public static String loggedIn(Http http, String user) {
        Http.Response login = login(http, user);
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return login.json().get("accessToken").asString();
    }

    /** Logs in and consents to the current policy; returns the access token. */
    public static String consented(Http http, String user) {
        String token = loggedIn(http, user);
        Http.Response consent = http.post("/api/auth/consent", token, Map.of("policyVersion", "2026-01"));
        assertThat(consent.status()).as(consent.toString()).isEqualTo(200);
        return token;
    }

    public static Http.Response verify(Http http, String token, String name, String idNumber) {
        return http.post("/api/auth/real-name", token, Map.of("name", name, "idNumber", idNumber));
    }

    /** Puts a person on the roster (as staff would import them) in a household; returns the person id. */
    public long onRoster(long householdId, String name, String idNumber, TieRelation relation) {
        households.addResident(ROOT, householdId, new AddResident(new PersonDetails(name, idNumber, null), relation));
        return households.residentsOf(householdId).stream().max(Long::compare).orElseThrow();
    }

    public static JWTClaimsSet claims(String accessToken) {
        try {
            return SignedJWT.parse(accessToken).getJWTClaimsSet();
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static long accountOf(String accessToken) {
        return Long.parseLong(claims(accessToken).getSubject());
    }
}
