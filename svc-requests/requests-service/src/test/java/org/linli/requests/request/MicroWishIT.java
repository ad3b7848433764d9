package org.linli.requests.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.requests.RequestFixtures.COMMUNITY_ADMIN;
import static org.linli.requests.RequestFixtures.MEMBER;
import static org.linli.requests.RequestFixtures.assertProblem;
import static org.linli.requests.RequestFixtures.resident;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.linli.platform.core.token.Role;
import org.linli.requests.AbstractIT;
import org.linli.requests.FakeOrganization;
import org.linli.requests.RequestFixtures;
import org.linli.testing.Http;
import org.linli.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** 微心愿: published by staff, claimed by one party member or volunteer of the compound, fulfilled, confirmed. */
class MicroWishIT extends AbstractIT {

    private static final String VOLUNTEER = TestTokens.person(9_100_001, 9_100_001, Role.RESIDENT, Role.VOLUNTEER);
    private static final String OTHER_VOLUNTEER =
            TestTokens.person(9_100_002, 9_100_002, Role.RESIDENT, Role.VOLUNTEER);
    private static final Map<String, Object> FROM_HOME = Map.of("householdId", FakeOrganization.HOME);

    @Autowired
    JdbcClient jdbc;

    private RequestFixtures requests() {
        return new RequestFixtures(http());
    }

    private long wish(String resident) {
        Http.Response filed = http().post(
                        "/api/requests",
                        resident,
                        Map.of(
                                "kind", "MICRO_WISH",
                                "category", "OTHER",
                                "text", "我腿脚不便，想请人帮忙每周去超市买一次菜。",
                                "householdId", FakeOrganization.HOME));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return filed.id();
    }

    private JsonNode board(String claimer) {
        return http().get("/api/requests/wishes?householdId=7&size=100", claimer)
                .json();
    }

    @Test
    void aPublishedWishIsClaimedFulfilledAndConfirmed() {
        String resident = resident();
        long id = wish(resident);
        assertThat(board(VOLUNTEER).get("items").findValuesAsString("id")).doesNotContain(String.valueOf(id));

        JsonNode published = requests().accept(id);
        assertThat(published.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(published.get("kind").asString()).isEqualTo("MICRO_WISH");
        assertThat(board(VOLUNTEER).get("items").findValuesAsString("id")).contains(String.valueOf(id));
        assertThat(board(VOLUNTEER).get("items").get(0).has("householdId")).isFalse();

        JsonNode claimed = requests().ok(id, "claim", VOLUNTEER, FROM_HOME);
        assertThat(claimed.get("handlerKind").asString()).isEqualTo("VOLUNTEER");
        assertThat(claimed.get("householdId").asLong()).isEqualTo(FakeOrganization.HOME);
        assertThat(board(MEMBER).get("items").findValuesAsString("id")).doesNotContain(String.valueOf(id));
        assertProblem(
                requests().post(id, "claim", OTHER_VOLUNTEER, FROM_HOME),
                409,
                "resident-request.transition-not-allowed");
        assertThat(http().get("/api/requests/dispatched-to-me", VOLUNTEER)
                        .json()
                        .get("items")
                        .findValuesAsString("id"))
                .contains(String.valueOf(id));
        requests().ok(id, "start", VOLUNTEER, null);
        requests().ok(id, "resolve", VOLUNTEER, Map.of("note", "已帮忙采购，下周同一时间再来。"));
        JsonNode closed = requests().ok(id, "confirm", resident, Map.of("rating", 5, "comment", "太感谢了！"));

        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(jdbc.sql("SELECT payload FROM outbox_event WHERE aggregate_id = ? AND payload LIKE ?")
                        .param(String.valueOf(id))
                        .param("%\"action\":\"RESOLVE\"%")
                        .query(String.class)
                        .single())
                .contains("\"kind\":\"MICRO_WISH\"", "\"handlerKind\":\"VOLUNTEER\"");
    }

    @Test
    void ofTwoClaimingAtOnceOneWinsAndTheOtherGets409() throws Exception {
        long id = wish(resident());
        requests().accept(id);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Http.Response>> answers = new ArrayList<>();
            for (String claimer : new String[] {VOLUNTEER, OTHER_VOLUNTEER}) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return requests().post(id, "claim", claimer, FROM_HOME);
                }));
            }
            start.countDown();
            for (Future<Http.Response> answer : answers) {
                statuses.add(answer.get(30, TimeUnit.SECONDS).status());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(requests().read(id, COMMUNITY_ADMIN).get("timeline").findValuesAsString("action"))
                .containsExactly("SUBMIT", "ACCEPT", "ASSIGN");
    }

    @Test
    void aWishIsNeverDispatchedNorEscalatedAndOnlyPartyMembersAndVolunteersClaim() {
        String resident = resident();
        long id = wish(resident);
        requests().accept(id);

        assertProblem(requests().post(id, "claim", resident(), FROM_HOME), 403, "resident-request.not-a-volunteer");
        assertProblem(
                http().get("/api/requests/wishes?householdId=7", resident()), 403, "resident-request.not-a-volunteer");
        assertProblem(
                requests().post(id, "claim", MEMBER, Map.of("householdId", 8)),
                422,
                "resident-request.not-your-household");
        // accepting published it: nobody was dispatched
        assertThat(jdbc.sql("SELECT COUNT(*) FROM resident_request WHERE id = ? AND handler_kind IS NULL")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(requests()
                        .ok(id, "claim", MEMBER, FROM_HOME)
                        .get("handlerKind")
                        .asString())
                .isEqualTo("PARTY_MEMBER");
    }

    @Test
    void anUnpublishedWishCannotBeClaimed() {
        long id = wish(resident());

        assertProblem(requests().post(id, "claim", VOLUNTEER, FROM_HOME), 404, "resident-request.not-found");
    }
}
