package org.linli.requests.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.requests.RequestFixtures.COMMUNITY_ADMIN;
import static org.linli.requests.RequestFixtures.reason;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.linli.requests.FakeOrganization;
import org.linli.requests.RequestFixtures;
import org.linli.requests.deadline.Deadlines;
import org.linli.testing.Http;
import org.linli.testing.MovableClock;
import tools.jackson.databind.JsonNode;

/**
 * Requests brought into known states at known Beijing times, through the HTTP API, with the service's clock moved
 * before each step. The statistics' tests each use weeks of 2025, which no other test files in, so the figures they
 * assert are exact however many requests the rest of the suite leaves in the shared database. 2025's calendar is not
 * entered: its working days are the weekdays, so the weeks used avoid its public holidays anyway.
 */
final class StatisticsFixtures {

    private final Http http;
    private final MovableClock clock;
    private final RequestFixtures requests;

    StatisticsFixtures(Http http, MovableClock clock) {
        this.http = http;
        this.clock = clock;
        this.requests = new RequestFixtures(http);
    }

    /** A request and, when a resident filed it, their token. */
    record Filed(long id, String resident) {}

    static Instant beijing(LocalDateTime at) {
        return at.atZone(Deadlines.BEIJING).toInstant();
    }

    void at(LocalDateTime when) {
        clock.moveTo(beijing(when));
    }

    /** Filed by a resident in the mini-program, about the home (FakeOrganization.HOME, compound 40). */
    Filed filed(String category, LocalDateTime at) {
        at(at);
        String resident = RequestFixtures.resident();
        return new Filed(requests.file(resident, category), resident);
    }

    /** Recorded by the community for someone without an account, about a common place of compound 40. */
    Filed recorded(String channel, String category, LocalDateTime at) {
        at(at);
        Map<String, Object> body = new HashMap<>();
        body.put("channel", channel);
        body.put("category", category);
        body.put("text", "东门岗亭旁的路灯不亮已经三天了。");
        body.put("compoundId", FakeOrganization.COMPOUND);
        body.put("place", "东门岗亭");
        Http.Response filed = http.post("/api/requests/recorded", COMMUNITY_ADMIN, body);
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return new Filed(filed.id(), null);
    }

    /** 受理: responded to, and dispatched by its category's route. */
    void accept(Filed request, LocalDateTime at) {
        at(at);
        requests.accept(request.id());
    }

    void reject(Filed request, LocalDateTime at) {
        at(at);
        requests.ok(request.id(), "reject", COMMUNITY_ADMIN, reason("不属于本社区受理范围。"));
    }

    void withdraw(Filed request, LocalDateTime at) {
        at(at);
        requests.ok(request.id(), "withdraw", request.resident(), null);
    }

    /** Started and reported resolved, by the community, which answers for everything in its area. */
    void resolve(Filed request, LocalDateTime at) {
        at(at);
        requests.ok(request.id(), "start", COMMUNITY_ADMIN, null);
        requests.ok(request.id(), "resolve", COMMUNITY_ADMIN, Map.of("note", "已处理完毕。"));
    }

    void confirm(Filed request, int rating, LocalDateTime at) {
        at(at);
        requests.ok(request.id(), "confirm", request.resident(), Map.of("rating", rating));
    }

    void reopen(Filed request, LocalDateTime at) {
        at(at);
        requests.ok(request.id(), "reopen", request.resident(), reason("还是没有解决。"));
    }

    /**
     * A week (Monday to Sunday) of compound 40 whose figures are worked out by hand, filed and handled in the order
     * things happen:
     *
     * <pre>
     *     category  channel       what happened                                           counts as
     * A   NOISE     MINI_PROGRAM  accepted in 1 h, resolved after 24 h, rated 5           on time; satisfied
     * B   NOISE     MINI_PROGRAM  resolved after 6 h, reopened, resolved after 48 h, 2    on time; reopened
     * C   PARKING   MINI_PROGRAM  accepted on Wednesday, resolved after 10 days           both late; not rated
     * D   PARKING   PHONE         rejected in 30 minutes                                  responded; not resolvable
     * E   NOISE     MINI_PROGRAM  withdrawn after 10 minutes, before any answer           out of both rates
     * F   PARKING   GRID_PATROL   recorded Sunday 23:59, accepted Monday 09:00            on time; still open
     * H   OTHER     MINI_PROGRAM  filed Tuesday, never answered                           not responded
     * and two NOISE requests just outside the week: the Sunday before at 23:59 and the Monday after at 00:00:00.
     * </pre>
     *
     * Totals: 7 received; 5 of 6 responded (0.8333), 4 of those 5 on time (0.8); 3 of 5 resolvable resolved (0.6),
     * 2 of those 3 on time (0.6667); 2 rated, 1 of them 4 or more (0.5), average 3.5; 1 of 3 resolved at least once
     * reopened (0.3333); (24 + 48 + 240) / 3 = 104.0 hours.
     */
    void knownWeek(LocalDate monday) {
        LocalDateTime mon = monday.atStartOfDay();
        filed("NOISE", mon.minusMinutes(1));
        Filed a = filed("NOISE", mon.withHour(10));
        Filed b = filed("NOISE", mon.withHour(10));
        Filed c = filed("PARKING", mon.withHour(10));
        Filed d = recorded("PHONE", "PARKING", mon.withHour(10));
        Filed e = filed("NOISE", mon.withHour(10));
        withdraw(e, mon.withHour(10).withMinute(10));
        reject(d, mon.withHour(10).withMinute(30));
        accept(a, mon.withHour(11));
        accept(b, mon.withHour(12));
        resolve(b, mon.withHour(16));
        reopen(b, mon.plusDays(1).withHour(9));
        resolve(a, mon.plusDays(1).withHour(10));
        filed("OTHER", mon.plusDays(1).withHour(10));
        confirm(a, 5, mon.plusDays(1).withHour(12));
        accept(c, mon.plusDays(2).withHour(10));
        resolve(b, mon.plusDays(2).withHour(10));
        confirm(b, 2, mon.plusDays(2).withHour(12));
        Filed f =
                recorded("GRID_PATROL", "PARKING", mon.plusDays(6).withHour(23).withMinute(59));
        filed("NOISE", mon.plusDays(7));
        accept(f, mon.plusDays(7).withHour(9));
        resolve(c, mon.plusDays(10).withHour(10));
    }

    JsonNode statistics(String token, String query) {
        return ok(http.get("/api/requests/statistics?" + query, token));
    }

    JsonNode topCategories(String token, String query) {
        return ok(http.get("/api/requests/statistics/top-categories?" + query, token));
    }

    private static JsonNode ok(Http.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
