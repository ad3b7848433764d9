package org.linli.requests.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.requests.RequestFixtures.COMMUNITY_ADMIN;
import static org.linli.requests.RequestFixtures.MEMBER;
import static org.linli.requests.RequestFixtures.OTHER_MEMBER;
import static org.linli.requests.RequestFixtures.OTHER_PROPERTY_STAFF;
import static org.linli.requests.RequestFixtures.PROPERTY_STAFF;
import static org.linli.requests.RequestFixtures.assertProblem;
import static org.linli.requests.RequestFixtures.reason;
import static org.linli.requests.RequestFixtures.resident;

import com.nimbusds.jwt.SignedJWT;
import java.util.List;
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

/** 分流: an accepted request goes to whoever its category's route (or staff) names, through svc-organization. */
class DispatchIT extends AbstractIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DispatchRetries retries;

    private RequestFixtures requests() {
        return new RequestFixtures(http());
    }

    private List<String> events(long id, String type) {
        return jdbc.sql("SELECT payload FROM outbox_event WHERE aggregate_id = ? AND event_type = ? ORDER BY id")
                .param(String.valueOf(id))
                .param(type)
                .query(String.class)
                .list();
    }

    @Nested
    class ByTheCategorysRoute {

        @Test
        void aSmallMatterGoesToTheHouseholdsPartyMemberWhoSeesAndWorksIt() {
            String resident = resident();
            long id = requests().file(resident, "NOISE");

            JsonNode assigned = requests().accept(id);

            assertThat(assigned.get("status").asString()).isEqualTo("ASSIGNED");
            assertThat(assigned.get("handlerKind").asString()).isEqualTo("PARTY_MEMBER");
            assertThat(assigned.get("handlerRef").asLong()).isEqualTo(FakeOrganization.MEMBER);
            assertThat(assigned.get("level").asString()).isEqualTo("BUILDING");
            assertThat(http().get("/api/requests/dispatched-to-me", MEMBER)
                            .json()
                            .get("items")
                            .findValuesAsString("id"))
                    .contains(String.valueOf(id));
            assertThat(requests().ok(id, "start", MEMBER, null).get("status").asString())
                    .isEqualTo("IN_PROGRESS");
            assertThat(requests()
                            .ok(id, "resolve", MEMBER, Map.of("note", "已上门协调，楼上住户同意晚上十点后不再装修。"))
                            .get("status")
                            .asString())
                    .isEqualTo("RESOLVED");
            // the member's token said who they are: another member (or resident) finds nothing
            assertProblem(http().get("/api/requests/" + id, OTHER_MEMBER), 404, "resident-request.not-found");
            assertThat(http().get("/api/requests/dispatched-to-me", OTHER_MEMBER)
                            .json()
                            .get("items")
                            .findValuesAsString("id"))
                    .doesNotContain(String.valueOf(id));
            assertThat(requests().read(id, resident).get("timeline").findValuesAsString("action"))
                    .containsExactly("SUBMIT", "ACCEPT", "ASSIGN", "START", "RESOLVE");
        }

        @Test
        void aPropertyMatterGoesToTheCompoundsPropertyCompanyWhoseStaffAloneOfTheirsSeeIt() {
            long id = requests().file(resident(), "EBIKE_CHARGING");
            long notTheirs = requests().file(resident(), "NEIGHBOUR_DISPUTE");
            requests().accept(id);
            requests().accept(notTheirs);

            JsonNode list = http().get("/api/requests?size=100", PROPERTY_STAFF).json();

            assertThat(list.get("items").findValuesAsString("id")).contains(String.valueOf(id));
            assertThat(list.get("items").findValuesAsString("handlerKind")).containsOnly("PROPERTY");
            assertProblem(http().get("/api/requests/" + notTheirs, PROPERTY_STAFF), 404, "resident-request.not-found");
            assertProblem(http().get("/api/requests/" + id, OTHER_PROPERTY_STAFF), 404, "resident-request.not-found");
            assertThat(requests()
                            .ok(id, "start", PROPERTY_STAFF, null)
                            .get("level")
                            .asString())
                    .isEqualTo("COMPOUND");
        }

        @Test
        void aHouseholdNobodyLooksAfterGoesToTheCommunityAndTheTimelineSaysWhy() {
            ORGANIZATION.withoutHandlers(true, false);
            String resident = resident();
            long id = requests().file(resident, "NOISE");

            JsonNode assigned = requests().accept(id);

            assertThat(assigned.get("handlerKind").asString()).isEqualTo("ORG_UNIT");
            assertThat(assigned.get("handlerRef").asLong()).isEqualTo(3);
            assertThat(assigned.get("level").asString()).isEqualTo("COMMUNITY");
            assertThat(requests().read(id, resident).at("/timeline/2/note").asString())
                    .contains("暂无联户党员");
        }

        @Test
        void aCommonPlaceOfTheCompoundIsNoOneMembersMatter() {
            long id = requests().file(resident(), "NOISE", "小区中心广场");

            assertThat(requests().accept(id).get("handlerKind").asString()).isEqualTo("ORG_UNIT");
        }

        @Test
        void garbageSortingGoesToTheVolunteersAndSvcVolunteerIsTold() {
            long id = requests().file(resident(), "GARBAGE_SORTING");

            JsonNode assigned = requests().accept(id);

            assertThat(assigned.get("handlerKind").asString()).isEqualTo("VOLUNTEERS");
            assertThat(events(id, "requests.request-sent-to-volunteers"))
                    .singleElement()
                    .asString()
                    .contains("\"communityPath\":\"/1/2/3/\"", "\"category\":\"GARBAGE_SORTING\"")
                    .doesNotContain("电动车");
        }

        @Test
        void theDispatchAskedSvcOrganizationWithTheAcceptingStaffMembersToken() {
            long id = requests().file(resident(), "NOISE");
            requests().accept(id);

            assertThat(ORGANIZATION
                            .lastRequest("/api/org/households/" + FakeOrganization.HOME + "/handlers")
                            .headers()
                            .get("authorization"))
                    .isEqualTo("Bearer " + COMMUNITY_ADMIN);
        }
    }

    @Nested
    class ByStaff {

        @Test
        void staffNameAUnitOnTheRequestsPathAndReassignKeepingTheDeadlines() {
            long id = requests().file(resident(), "NOISE");
            JsonNode first = requests().accept(id);

            JsonNode toCompound = requests().ok(id, "assign", COMMUNITY_ADMIN, Map.of("to", "ORG_UNIT", "unitId", 40));
            JsonNode toProperty =
                    requests().ok(id, "assign", COMMUNITY_ADMIN, Map.of("to", "PROPERTY", "note", "请物业处理。"));

            assertThat(toCompound.get("handlerRef").asLong()).isEqualTo(40);
            assertThat(toCompound.get("level").asString()).isEqualTo("COMPOUND");
            assertThat(toProperty.get("handlerKind").asString()).isEqualTo("PROPERTY");
            assertThat(toProperty.get("resolutionDueAt")).isEqualTo(first.get("resolutionDueAt"));
            assertThat(toProperty.get("responseDueAt")).isEqualTo(first.get("responseDueAt"));
        }

        @Test
        void aUnitOffTheRequestsPathIsRefused() {
            long id = requests().file(resident(), "NOISE");
            requests().accept(id);

            Http422 refused =
                    new Http422(requests().post(id, "assign", COMMUNITY_ADMIN, Map.of("to", "ORG_UNIT", "unitId", 41)));
            refused.is("resident-request.unit-not-on-its-path", "unitId");
            new Http422(requests().post(id, "assign", COMMUNITY_ADMIN, Map.of("to", "ORG_UNIT", "unitId", 99)))
                    .is("resident-request.unit-not-on-its-path", "unitId");
        }

        @Test
        void aHandlerSendsItBackSayingWhyAndTheCommunityDecidesAgain() {
            String resident = resident();
            long id = requests().file(resident, "EBIKE_CHARGING");
            JsonNode assigned = requests().accept(id);

            JsonNode returned = requests().ok(id, "send-back", PROPERTY_STAFF, reason("车棚归业委会管理，不属于物业服务范围。"));

            assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
            assertThat(returned.has("handlerKind")).isFalse();
            assertThat(returned.get("level").asString()).isEqualTo("COMMUNITY");
            assertThat(returned.get("resolutionDueAt")).isEqualTo(assigned.get("resolutionDueAt"));
            assertProblem(http().get("/api/requests/" + id, PROPERTY_STAFF), 404, "resident-request.not-found");
            assertThat(requests().read(id, resident).at("/timeline/3/note").asString())
                    .contains("业委会");
            assertThat(requests()
                            .ok(id, "assign", COMMUNITY_ADMIN, Map.of("to", "ORG_UNIT"))
                            .get("status")
                            .asString())
                    .isEqualTo("ASSIGNED");
        }

        @Test
        void sendingBackNeedsAReason() {
            long id = requests().file(resident(), "EBIKE_CHARGING");
            requests().accept(id);

            new Http422(requests().post(id, "send-back", PROPERTY_STAFF, Map.of())).is("request.invalid", "reason");
        }

        @Test
        void staffAndTheHandlerWriteNotesForTheResidentOrAmongThemselves() {
            String resident = resident();
            long id = requests().file(resident, "EBIKE_CHARGING");
            requests().accept(id);

            requests().ok(id, "notes", COMMUNITY_ADMIN, Map.of("note", "已电话联系业委会。", "internal", true));
            requests().ok(id, "notes", PROPERTY_STAFF, Map.of("note", "明天上午到现场查看。"));

            JsonNode staffSees = requests().read(id, COMMUNITY_ADMIN);
            assertThat(staffSees.get("timeline").findValuesAsString("note")).contains("已电话联系业委会。", "明天上午到现场查看。");
            JsonNode residentSees = requests().read(id, resident);
            assertThat(residentSees.get("timeline").findValuesAsString("note"))
                    .contains("明天上午到现场查看。")
                    .doesNotContain("已电话联系业委会。");
            assertProblem(
                    requests().post(id, "notes", resident, Map.of("note", "我也写一句。")),
                    403,
                    "resident-request.not-yours-to-act");
            assertProblem(
                    requests().post(id, "notes", RequestFixtures.OTHER_COMMUNITY, Map.of("note", "看看。")),
                    404,
                    "resident-request.not-found");
        }

        @Test
        void aResidentCannotDispatchOrWorkTheirOwnRequest() {
            String resident = resident();
            long id = requests().file(resident, "EBIKE_CHARGING");
            requests().accept(id);

            assertProblem(requests().post(id, "assign", resident, Map.of()), 403, "auth.forbidden");
            assertProblem(requests().post(id, "start", resident, null), 403, "resident-request.not-yours-to-act");
        }
    }

    @Nested
    class WhileSvcOrganizationIsAway {

        @Test
        void anAcceptedRequestWaitsAndIsDispatchedInTheBackgroundWithTheServicesOwnToken() throws Exception {
            String resident = resident();
            long id = requests().file(resident, "NOISE");
            ORGANIZATION.down();
            JsonNode accepted;
            try {
                accepted = requests().accept(id);
            } finally {
                ORGANIZATION.up();
            }
            assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
            assertThat(accepted.get("timeline").findValuesAsString("action"))
                    .containsExactly("SUBMIT", "ACCEPT", "DISPATCH_WAITING");

            retries.runOnce();

            JsonNode dispatched = requests().read(id, resident);
            assertThat(dispatched.get("status").asString()).isEqualTo("ASSIGNED");
            assertThat(dispatched.get("handlerKind").asString()).isEqualTo("PARTY_MEMBER");
            assertThat(dispatched.at("/timeline/3/by").asString()).isEqualTo("SYSTEM");
            String token = ORGANIZATION
                    .lastRequest("/api/org/households/" + FakeOrganization.HOME + "/handlers")
                    .headers()
                    .get("authorization")
                    .substring("Bearer ".length());
            assertThat(SignedJWT.parse(token).getJWTClaimsSet().getStringClaim("client_id"))
                    .isEqualTo("requests");
        }

        @Test
        void aRequestFiledMeanwhileIsPlacedWhenItAnswersAndThenStaffSeeIt() {
            String resident = resident();
            ORGANIZATION.down();
            long id;
            try {
                id = requests().file(resident, "PARKING", "东门");
            } finally {
                ORGANIZATION.up();
            }
            assertProblem(http().get("/api/requests/" + id, COMMUNITY_ADMIN), 404, "resident-request.not-found");

            retries.runOnce();

            assertThat(jdbc.sql("SELECT scope_path FROM resident_request WHERE id = ?")
                            .param(id)
                            .query(String.class)
                            .single())
                    .isEqualTo(FakeOrganization.COMPOUND_PATH);
            assertThat(requests().read(id, COMMUNITY_ADMIN).get("timeline").findValuesAsString("action"))
                    .containsExactly("SUBMIT", "PLACED");
            // being placed is the community's business: the resident's timeline does not show it
            assertThat(requests().read(id, resident).get("timeline").findValuesAsString("action"))
                    .containsExactly("SUBMIT");
        }

        @Test
        void withItStillAwayNothingIsLostAndNothingMoves() {
            long id = requests().file(resident(), "NOISE");
            ORGANIZATION.down();
            try {
                requests().accept(id);
                retries.runOnce();
            } finally {
                ORGANIZATION.up();
            }

            assertThat(requests().read(id, COMMUNITY_ADMIN).get("status").asString())
                    .isEqualTo("ACCEPTED");
            assertThat(jdbc.sql("SELECT dispatch_pending FROM resident_request WHERE id = ?")
                            .param(id)
                            .query(Boolean.class)
                            .single())
                    .isTrue();
        }
    }

    /** A 422 naming its code and field. */
    private record Http422(Http.Response response) {
        void is(String code, String field) {
            assertProblem(response, 422, code);
            assertThat(response.json().get("errors").findValuesAsString("field"))
                    .contains(field);
        }
    }
}
