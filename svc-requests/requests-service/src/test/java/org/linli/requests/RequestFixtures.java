package org.linli.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.linli.platform.core.token.Role;
import org.linli.testing.Http;
import org.linli.testing.TestTokens;
import tools.jackson.databind.JsonNode;

/**
 * The people of the fake district (FakeOrganization) and the calls the loop's tests make, so that each test
 * reads as what happens to a request.
 */
public final class RequestFixtures {

    /** Staff of community 3, where {@link FakeOrganization#HOME} lies. */
    public static final String COMMUNITY_ADMIN = TestTokens.staff(Role.COMMUNITY_ADMIN, 3, "/1/2/3/");

    public static final String GRID_WORKER = TestTokens.staff(Role.GRID_WORKER, 3, "/1/2/3/");
    public static final String STREET_ADMIN = TestTokens.staff(Role.STREET_ADMIN, 2, "/1/2/");
    /** Property staff of compound 40, where the home lies. */
    public static final String PROPERTY_STAFF = TestTokens.staff(Role.PROPERTY_STAFF, 40, "/1/2/3/40/");

    public static final String OTHER_COMMUNITY = TestTokens.staff(Role.COMMUNITY_ADMIN, 5, "/1/2/5/");
    public static final String OTHER_PROPERTY_STAFF = TestTokens.staff(Role.PROPERTY_STAFF, 44, "/1/2/3/44/");
    /** The home's responsible party member (FakeOrganization.MEMBER_PERSON). */
    public static final String MEMBER = TestTokens.partyMember(9_000_001, FakeOrganization.MEMBER_PERSON);

    public static final String OTHER_MEMBER = TestTokens.partyMember(9_000_002, FakeOrganization.MEMBER_PERSON + 1);

    private static final AtomicLong ACCOUNTS = new AtomicLong(3_000_000);

    private final Http http;

    public RequestFixtures(Http http) {
        this.http = http;
    }

    /** A real-name verified resident of the home, with an account of their own. */
    public static String resident() {
        long account = ACCOUNTS.incrementAndGet();
        return TestTokens.resident(account, account + 1_000_000);
    }

    public long file(String resident, String category) {
        return file(resident, category, null);
    }

    /** Files about the home, or about a common place of its compound when {@code place} is given. */
    public long file(String resident, String category, String place) {
        Map<String, Object> body = new HashMap<>();
        body.put("category", category);
        body.put("text", "3号楼楼道里每晚有电动车在充电，电线从窗户拉出来。");
        body.put("householdId", FakeOrganization.HOME);
        if (place != null) {
            body.put("place", place);
        }
        Http.Response filed = http.post("/api/requests", resident, body);
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return filed.id();
    }

    public Http.Response post(long id, String step, String token, Object body) {
        return http.post("/api/requests/" + id + "/" + step, token, body);
    }

    /** A step that must succeed; answers the request as it now stands. */
    public JsonNode ok(long id, String step, String token, Object body) {
        Http.Response answer = post(id, step, token, body);
        assertThat(answer.status()).as(step + ": " + answer).isEqualTo(200);
        return answer.json();
    }

    public JsonNode accept(long id) {
        return ok(id, "accept", COMMUNITY_ADMIN, null);
    }

    public JsonNode read(long id, String token) {
        Http.Response read = http.get("/api/requests/" + id, token);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        return read.json();
    }

    public static Map<String, Object> reason(String why) {
        return Map.of("reason", why);
    }

    public static void assertProblem(Http.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().get("code").asString()).isEqualTo(code);
    }
}
