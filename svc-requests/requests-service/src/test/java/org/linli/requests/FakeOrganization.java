package org.linli.requests;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.linli.testing.TestTokens;
import org.linli.testing.fake.FakeHttpServer;

/**
 * svc-organization as svc-requests sees it. Household {@link #HOME} lies in community 3 (path
 * {@link #HOME_PATH}: district 1, street 2, community 3, compound 40, building 41, unit 42); any other is not
 * the caller's (404, as svc-organization answers a resident about someone else's home, or staff about a home
 * outside their area). {@link #MEMBER} looks after it and {@link #PROPERTY_COMPANY} manages its compound,
 * until a test says otherwise. Units 1, 2, 3, 40 and 41 are known by their place.
 */
public class FakeOrganization extends FakeHttpServer {

    public static final long HOME = 7;
    public static final String HOME_PATH = "/1/2/3/40/41/42/";
    public static final long COMPOUND = 40;
    public static final String COMPOUND_PATH = "/1/2/3/40/";
    public static final long MEMBER = 500;
    public static final long MEMBER_PERSON = 5_000;
    public static final long PROPERTY_COMPANY = 60;

    private static final Pattern PLACE = Pattern.compile("/api/org/households/(\\d+)/place");
    private static final Pattern HANDLERS = Pattern.compile("/api/org/households/(\\d+)/handlers");
    private static final Pattern UNIT = Pattern.compile("/api/org/units/(\\d+)/place");
    private static final Map<Long, String[]> UNITS = Map.of(
            1L, new String[] {"DISTRICT", "/1/"},
            2L, new String[] {"STREET", "/1/2/"},
            3L, new String[] {"COMMUNITY", "/1/2/3/"},
            40L, new String[] {"COMPOUND", COMPOUND_PATH},
            41L, new String[] {"BUILDING", "/1/2/3/40/41/"});

    private volatile boolean homeHasMember = true;
    private volatile boolean compoundHasPropertyCompany = true;

    /** Nobody looks after the home, or its compound has no property company, until {@link #reset()}. */
    public void withoutHandlers(boolean member, boolean propertyCompany) {
        homeHasMember = !member;
        compoundHasPropertyCompany = !propertyCompany;
    }

    @Override
    public void reset() {
        super.reset();
        homeHasMember = true;
        compoundHasPropertyCompany = true;
    }

    @Override
    protected Response handle(Request request) {
        if (request.path().equals("/oauth2/token")) {
            // client credentials, as svc-organization answers a registered client (RFC 6749 §5.1)
            return Response.json(
                    200,
                    Map.of(
                            "access_token",
                            TestTokens.service("requests", "org.lookups"),
                            "token_type",
                            "Bearer",
                            "expires_in",
                            300));
        }
        Matcher place = PLACE.matcher(request.path());
        if (place.matches()) {
            return household(place.group(1), Map.of("householdId", HOME, "compoundId", COMPOUND, "path", HOME_PATH));
        }
        Matcher handlers = HANDLERS.matcher(request.path());
        if (handlers.matches()) {
            Map<String, Object> answer = new HashMap<>();
            answer.put("householdId", HOME);
            answer.put("compoundId", COMPOUND);
            answer.put("path", HOME_PATH);
            answer.put("partyMemberId", homeHasMember ? MEMBER : null);
            answer.put("partyMemberPersonId", homeHasMember ? MEMBER_PERSON : null);
            answer.put("propertyCompanyId", compoundHasPropertyCompany ? PROPERTY_COMPANY : null);
            return household(handlers.group(1), answer);
        }
        Matcher unit = UNIT.matcher(request.path());
        if (unit.matches()) {
            long id = Long.parseLong(unit.group(1));
            String[] known = UNITS.get(id);
            if (known == null) {
                return notFound("org-unit", id);
            }
            return Response.json(200, Map.of("unitId", id, "kind", known[0], "path", known[1]));
        }
        return Response.json(404, Map.of("code", "request.not-found", "status", 404));
    }

    private static Response household(String id, Map<String, Object> answer) {
        long household = Long.parseLong(id);
        return household == HOME ? Response.json(200, answer) : notFound("household", household);
    }

    private static Response notFound(String what, long id) {
        return Response.json(
                404,
                Map.of("code", what + ".not-found", "status", 404, "detail", "No " + what + " with id " + id + "."));
    }
}
