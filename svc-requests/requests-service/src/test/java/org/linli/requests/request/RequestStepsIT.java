package org.linli.requests.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.linli.requests.FakeOrganization.HOME;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.linli.platform.core.token.Role;
import org.linli.requests.AbstractIT;
import org.linli.testing.Http;
import org.linli.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Triage (accept, reject) by staff of the place and withdrawal by the resident, each a step on the timeline. */
class RequestStepsIT extends AbstractIT {

    private static final AtomicLong ACCOUNTS = new AtomicLong(600_000);
    private static final String COMMUNITY_ADMIN = TestTokens.staff(Role.COMMUNITY_ADMIN, 3, "/1/2/3/");
    private static final String STREET_ADMIN = TestTokens.staff(Role.STREET_ADMIN, 2, "/1/2/");
    private static final String OTHER_COMMUNITY = TestTokens.staff(Role.COMMUNITY_ADMIN, 5, "/1/2/5/");
    private static final String REASON = "此事属于市政道路管理范围，请拨打12345热线反映。";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ResidentRequestMapper requests;

    @Autowired
    RequestSteps steps;

    @Autowired
    TransactionTemplate transaction;

    private static String verifiedResident() {
        long account = ACCOUNTS.incrementAndGet();
        return TestTokens.resident(account, account + 1_000_000);
    }

    private long filed(String resident) {
        Http.Response filed = http().post(
                        "/api/requests",
                        resident,
                        Map.of("category", "EBIKE_CHARGING", "text", "3号楼楼道里每晚有电动车在充电。", "householdId", HOME));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return filed.id();
    }

    private Http.Response accept(long id, String staff) {
        return http().post("/api/requests/" + id + "/accept", staff, null);
    }

    private Http.Response reject(long id, String staff, String reason) {
        return http().post(
                        "/api/requests/" + id + "/reject", staff, reason == null ? Map.of() : Map.of("reason", reason));
    }

    private Http.Response withdraw(long id, String resident, Object body) {
        return http().post("/api/requests/" + id + "/withdraw", resident, body);
    }

    private static void assertProblem(Http.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().get("code").asString()).isEqualTo(code);
    }

    private List<String> eventsOf(long id) {
        return jdbc.sql("SELECT payload FROM outbox_event WHERE aggregate_id = ? AND event_type = ? ORDER BY id")
                .param(String.valueOf(id))
                .param("requests.request-step-taken")
                .query(String.class)
                .list();
    }

    @Nested
    class Accepting {

        @Test
        void staffOfThePlaceAcceptAndTheTimelineAndOutboxShowTheStep() {
            String resident = verifiedResident();
            long id = filed(resident);

            Http.Response accepted = accept(id, STREET_ADMIN);

            assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
            // accepted, then dispatched by its category's route: e-bike charging goes to the property company
            assertThat(accepted.json().get("status").asString()).isEqualTo("ASSIGNED");
            assertThat(accepted.json().get("handlerKind").asString()).isEqualTo("PROPERTY");
            JsonNode seen = http().get("/api/requests/" + id, resident).json();
            assertThat(seen.get("status").asString()).isEqualTo("ASSIGNED");
            assertThat(seen.get("timeline").findValuesAsString("action")).containsExactly("SUBMIT", "ACCEPT", "ASSIGN");
            assertThat(seen.at("/timeline/1/status").asString()).isEqualTo("ACCEPTED");
            assertThat(eventsOf(id)).hasSize(2);
            assertThat(eventsOf(id).get(0))
                    .contains(
                            "\"action\":\"ACCEPT\"", "\"statusBefore\":\"SUBMITTED\"", "\"statusAfter\":\"ACCEPTED\"");
        }

        @Test
        void acceptingTwiceIsRefusedByTheLifecycle() {
            long id = filed(verifiedResident());
            accept(id, COMMUNITY_ADMIN);

            assertProblem(accept(id, COMMUNITY_ADMIN), 409, "resident-request.transition-not-allowed");
        }

        @Test
        void staffOfAnotherCommunityDoNotFindIt() {
            long id = filed(verifiedResident());

            assertProblem(accept(id, OTHER_COMMUNITY), 404, "resident-request.not-found");
            assertProblem(reject(id, OTHER_COMMUNITY, REASON), 404, "resident-request.not-found");
            assertThat(eventsOf(id)).isEmpty();
        }

        @Test
        void twoStaffAcceptingAtOnceOneWinsTheOtherGets409() throws Exception {
            long id = filed(verifiedResident());
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Http.Response>> answers = new ArrayList<>();
                for (String staff : new String[] {COMMUNITY_ADMIN, STREET_ADMIN}) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return accept(id, staff);
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Http.Response> answer : answers) {
                    Http.Response response = answer.get(30, TimeUnit.SECONDS);
                    statuses.add(response.status());
                    if (response.status() == 409) {
                        assertThat(response.json().get("code").asString())
                                .isIn("conflict.stale", "resident-request.transition-not-allowed");
                    }
                }
                assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            } finally {
                pool.shutdownNow();
            }
            // the winner's acceptance and its dispatch, once
            assertThat(eventsOf(id)).hasSize(2);
            assertThat(http().get("/api/requests/" + id, COMMUNITY_ADMIN).json().get("timeline"))
                    .hasSize(3);
        }
    }

    @Nested
    class TheVersionGuard {

        @Test
        void aStepOnACopyReadBeforeSomeoneElsesStepWritesNothing() {
            long id = filed(verifiedResident());
            ResidentRequest readBeforeTheAccept = requests.selectById(id);
            assertThat(accept(id, COMMUNITY_ADMIN).status()).isEqualTo(200);

            // the copy still says SUBMITTED, so the lifecycle lets REJECT through: only the version stops it
            assertThatThrownBy(() -> transaction.executeWithoutResult(
                            status -> steps.take(1003, readBeforeTheAccept, RequestAction.REJECT, REASON)))
                    .isInstanceOf(OptimisticLockingFailureException.class);
            assertThat(http().get("/api/requests/" + id, COMMUNITY_ADMIN)
                            .json()
                            .get("timeline")
                            .findValuesAsString("action"))
                    .containsExactly("SUBMIT", "ACCEPT", "ASSIGN");
            assertThat(eventsOf(id)).hasSize(2);
        }
    }

    @Nested
    class Rejecting {

        @Test
        void theResidentReadsTheReasonOnTheTimeline() {
            String resident = verifiedResident();
            long id = filed(resident);

            Http.Response rejected = reject(id, COMMUNITY_ADMIN, "  " + REASON + " ");

            assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
            assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
            JsonNode seen = http().get("/api/requests/" + id, resident).json();
            assertThat(seen.at("/timeline/1/action").asString()).isEqualTo("REJECT");
            assertThat(seen.at("/timeline/1/status").asString()).isEqualTo("REJECTED");
            assertThat(seen.at("/timeline/1/note").asString()).isEqualTo(REASON);
            assertThat(eventsOf(id))
                    .singleElement()
                    .asString()
                    .contains("\"action\":\"REJECT\"")
                    .doesNotContain("12345");
        }

        @Test
        void anAcceptedRequestWaitingForDispatchMayStillBeRejectedButARejectedOneNotAccepted() {
            long accepted = filed(verifiedResident());
            ORGANIZATION.down();
            try {
                assertThat(accept(accepted, COMMUNITY_ADMIN)
                                .json()
                                .get("status")
                                .asString())
                        .isEqualTo("ACCEPTED");
            } finally {
                ORGANIZATION.up();
            }
            assertThat(reject(accepted, COMMUNITY_ADMIN, REASON).status()).isEqualTo(200);

            assertProblem(accept(accepted, COMMUNITY_ADMIN), 409, "resident-request.transition-not-allowed");
            // ACCEPT, DISPATCH_WAITING, REJECT
            assertThat(eventsOf(accepted)).hasSize(3);
        }

        @Test
        void aDispatchedRequestIsPastRejecting() {
            long assigned = filed(verifiedResident());
            accept(assigned, COMMUNITY_ADMIN);

            assertProblem(reject(assigned, COMMUNITY_ADMIN, REASON), 409, "resident-request.transition-not-allowed");
        }

        @Test
        void withoutAReasonItIsRefusedNamingTheField() {
            long id = filed(verifiedResident());

            for (String missing : new String[] {null, "   "}) {
                Http.Response refused = reject(id, COMMUNITY_ADMIN, missing);
                assertProblem(refused, 422, "request.invalid");
                assertThat(refused.json().get("errors").findValuesAsString("field"))
                        .containsExactly("reason");
            }
            Http.Response tooLong = reject(id, COMMUNITY_ADMIN, "很".repeat(501));
            assertProblem(tooLong, 422, "request.invalid");
            assertThat(http().get("/api/requests/" + id, COMMUNITY_ADMIN)
                            .json()
                            .get("status")
                            .asString())
                    .isEqualTo("SUBMITTED");
        }
    }

    @Nested
    class Withdrawing {

        @Test
        void theResidentWithdrawsTheirOwnWithOrWithoutAReason() {
            String resident = verifiedResident();
            long withReason = filed(resident);
            long without = filed(resident);

            Http.Response first = withdraw(withReason, resident, Map.of("reason", "邻居已经把电动车挪走了。"));
            Http.Response second = withdraw(without, resident, null);

            assertThat(first.status()).as(first.toString()).isEqualTo(200);
            assertThat(first.json().get("status").asString()).isEqualTo("WITHDRAWN");
            assertThat(first.json().at("/timeline/1/note").asString()).isEqualTo("邻居已经把电动车挪走了。");
            assertThat(second.status()).as(second.toString()).isEqualTo(200);
            assertThat(second.json().at("/timeline/1/action").asString()).isEqualTo("WITHDRAW");
            assertThat(eventsOf(without)).singleElement().asString().contains("\"action\":\"WITHDRAW\"");
        }

        @Test
        void anAcceptedRequestMayStillBeWithdrawn() {
            String resident = verifiedResident();
            long id = filed(resident);
            accept(id, COMMUNITY_ADMIN);

            assertThat(withdraw(id, resident, null).status()).isEqualTo(200);
            assertThat(http().get("/api/requests/" + id, resident)
                            .json()
                            .get("timeline")
                            .findValuesAsString("action"))
                    .containsExactly("SUBMIT", "ACCEPT", "ASSIGN", "WITHDRAW");
        }

        @Test
        void anotherResidentDoesNotFindIt() {
            long id = filed(verifiedResident());

            assertProblem(withdraw(id, verifiedResident(), null), 404, "resident-request.not-found");
        }

        @Test
        void aRejectedOrClosedRequestCannotBeWithdrawn() {
            String resident = verifiedResident();
            long rejected = filed(resident);
            reject(rejected, COMMUNITY_ADMIN, REASON);
            long closed = filed(resident);
            // closing comes with resolution and confirmation, later: put it there directly
            jdbc.sql("UPDATE resident_request SET status = 'CLOSED' WHERE id = ?")
                    .param(closed)
                    .update();

            assertProblem(withdraw(rejected, resident, null), 409, "resident-request.transition-not-allowed");
            assertProblem(withdraw(closed, resident, null), 409, "resident-request.transition-not-allowed");
            assertThat(eventsOf(closed)).isEmpty();
        }
    }
}
