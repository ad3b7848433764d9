package org.linli.requests;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.linli.testing.fake.FakeHttpServer;

/**
 * svc-organization as svc-requests sees it: where a household lies. Household {@link #HOME} is the
 * caller's, in community {@code /1/2/3/}; any other is not theirs (404, as svc-organization answers a
 * resident about someone else's home).
 */
public class FakeOrganization extends FakeHttpServer {

    public static final long HOME = 7;
    public static final String HOME_PATH = "/1/2/3/40/41/42/7/";

    private static final Pattern PLACE = Pattern.compile("/api/org/households/(\\d+)/place");

    @Override
    protected Response handle(Request request) {
        Matcher place = PLACE.matcher(request.path());
        if (!place.matches()) {
            return Response.json(404, Map.of("code", "request.not-found", "status", 404));
        }
        long household = Long.parseLong(place.group(1));
        if (household != HOME) {
            return Response.json(
                    404,
                    Map.of(
                            "code",
                            "household.not-found",
                            "status",
                            404,
                            "detail",
                            "No household with id " + household + "."));
        }
        return Response.json(200, Map.of("householdId", HOME, "compoundId", 40, "path", HOME_PATH));
    }
}
