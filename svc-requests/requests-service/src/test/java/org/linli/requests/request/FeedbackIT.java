package org.linli.requests.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.requests.RequestFixtures.COMMUNITY_ADMIN;
import static org.linli.requests.RequestFixtures.MEMBER;
import static org.linli.requests.RequestFixtures.assertProblem;
import static org.linli.requests.RequestFixtures.reason;
import static org.linli.requests.RequestFixtures.resident;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.linli.requests.AbstractIT;
import org.linli.requests.FakeOrganization;
import org.linli.requests.RequestFixtures;
import org.linli.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** 反馈: the resident confirms and rates a resolution, or says it is not fixed; staff call back for recorded ones. */
class FeedbackIT extends AbstractIT {

    @Autowired
    JdbcClient jdbc;

    private RequestFixtures requests() {
        return new RequestFixtures(http());
    }

    private long resolved(String resident) {
        long id = requests().file(resident, "NOISE");
        requests().accept(id);
        requests().ok(id, "start", MEMBER, null);
        requests().ok(id, "resolve", MEMBER, Map.of("note", "已上门协调，楼上住户同意晚上十点后不再装修。"));
        return id;
    }

    @Nested
    class Confirming {

        @Test
        void theResidentConfirmsAndRatesAndEveryoneSeesTheRating() {
            String resident = resident();
            long id = resolved(resident);

            JsonNode closed = requests().ok(id, "confirm", resident, Map.of("rating", 5, "comment", "处理很及时，谢谢。"));

            assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
            assertThat(closed.at("/rating/score").asInt()).isEqualTo(5);
            assertThat(closed.at("/rating/comment").asString()).isEqualTo("处理很及时，谢谢。");
            assertThat(requests().read(id, COMMUNITY_ADMIN).at("/rating/score").asInt())
                    .isEqualTo(5);
            assertThat(jdbc.sql("SELECT rating_comment_cipher FROM resident_request WHERE id = ?")
                            .param(id)
                            .query(String.class)
                            .single())
                    .doesNotContain("谢谢");
        }

        @Test
        void aRatingOutsideOneToFiveOrMissingIsRefusedByItsField() {
            String resident = resident();
            long id = resolved(resident);

            for (Object rating : new Object[] {0, 6, null}) {
                Map<String, Object> body = new HashMap<>();
                body.put("rating", rating);
                JsonNode refused =
                        requests().post(id, "confirm", resident, body).json();
                assertThat(refused.get("code").asString()).isEqualTo("request.invalid");
                assertThat(refused.get("errors").findValuesAsString("field")).containsExactly("rating");
            }
            assertThat(requests().read(id, resident).get("status").asString()).isEqualTo("RESOLVED");
        }

        @Test
        void onlyTheSubmitterConfirmsAndOnlyAResolvedRequest() {
            String resident = resident();
            long open = requests().file(resident, "NOISE");
            long done = resolved(resident);

            assertProblem(
                    requests().post(open, "confirm", resident, Map.of("rating", 4)),
                    409,
                    "resident-request.transition-not-allowed");
            assertProblem(
                    requests().post(done, "confirm", resident(), Map.of("rating", 1)),
                    404,
                    "resident-request.not-found");
            assertProblem(
                    requests().post(done, "confirm", COMMUNITY_ADMIN, Map.of("rating", 5)), 403, "auth.forbidden");
        }
    }

    @Nested
    class Reopening {

        @Test
        void notFixedGoesBackToItsHandlerAndCountsAgainstThem() {
            String resident = resident();
            long id = resolved(resident);

            JsonNode reopened = requests().ok(id, "reopen", resident, reason("晚上还是很吵。"));

            assertThat(reopened.get("status").asString()).isEqualTo("REOPENED");
            assertThat(reopened.has("reopenCount")).isFalse(); // the resident is not shown the count
            assertThat(requests().read(id, COMMUNITY_ADMIN).get("reopenCount").asInt())
                    .isEqualTo(1);
            assertThat(requests().read(id, COMMUNITY_ADMIN).get("handlerKind").asString())
                    .isEqualTo("PARTY_MEMBER");
            assertThat(requests().ok(id, "start", MEMBER, null).get("status").asString())
                    .isEqualTo("IN_PROGRESS");
            assertThat(jdbc.sql(
                                    "SELECT payload FROM outbox_event WHERE aggregate_id = ? AND payload LIKE '%\"action\":\"REOPEN\"%'")
                            .param(String.valueOf(id))
                            .query(String.class)
                            .single())
                    .contains("\"handlerPersonId\":" + FakeOrganization.MEMBER_PERSON)
                    .doesNotContain("很吵");
        }

        @Test
        void reopeningNeedsAReason() {
            String resident = resident();
            long id = resolved(resident);

            assertProblem(requests().post(id, "reopen", resident, Map.of()), 422, "request.invalid");
        }
    }

    @Nested
    class CallingBack {

        private long recorded() {
            Map<String, Object> body = new HashMap<>();
            body.put("channel", "PHONE");
            body.put("category", "PUBLIC_FACILITIES");
            body.put("text", "东门岗亭旁的路灯不亮已经三天了。");
            body.put("compoundId", 40);
            body.put("place", "东门岗亭");
            body.put("contactName", "王建国");
            body.put("contactPhone", "13800138000");
            Http.Response filed = http().post("/api/requests/recorded", COMMUNITY_ADMIN, body);
            assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
            long id = filed.id();
            requests().accept(id);
            requests().ok(id, "start", COMMUNITY_ADMIN, null);
            requests().ok(id, "resolve", COMMUNITY_ADMIN, Map.of("note", "已更换灯泡。"));
            return id;
        }

        @Test
        void staffRecordWhatTheResidentSaidFixedWithARatingOrNotFixed() {
            long fixed = recorded();
            long notFixed = recorded();

            JsonNode closed = requests().ok(fixed, "follow-up", COMMUNITY_ADMIN, Map.of("fixed", true, "rating", 4));
            JsonNode reopened =
                    requests().ok(notFixed, "follow-up", COMMUNITY_ADMIN, Map.of("fixed", false, "comment", "晚上还是不亮。"));

            assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
            assertThat(closed.at("/rating/score").asInt()).isEqualTo(4);
            assertThat(reopened.get("status").asString()).isEqualTo("REOPENED");
        }

        @Test
        void aFollowUpNeedsItsRatingOrItsCommentAndIsNotForResidentsOwnRequests() {
            long recorded = recorded();
            String resident = resident();
            long own = resolved(resident);

            assertProblem(
                    requests().post(recorded, "follow-up", COMMUNITY_ADMIN, Map.of("fixed", true)),
                    422,
                    "resident-request.rating-required");
            assertProblem(
                    requests().post(recorded, "follow-up", COMMUNITY_ADMIN, Map.of("fixed", false)),
                    422,
                    "resident-request.reason-required");
            assertProblem(
                    requests().post(own, "follow-up", COMMUNITY_ADMIN, Map.of("fixed", true, "rating", 5)),
                    409,
                    "resident-request.resident-answers");
        }
    }
}
