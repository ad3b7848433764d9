package org.linli.requests.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.requests.RequestFixtures.COMMUNITY_ADMIN;
import static org.linli.requests.RequestFixtures.GRID_WORKER;
import static org.linli.requests.RequestFixtures.OTHER_COMMUNITY;
import static org.linli.requests.RequestFixtures.PROPERTY_STAFF;
import static org.linli.requests.RequestFixtures.assertProblem;
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

/** 代为登记 and anonymity: staff record requests for residents; handlers do not learn who filed an anonymous one. */
class RecordingIT extends AbstractIT {

    @Autowired
    JdbcClient jdbc;

    private RequestFixtures requests() {
        return new RequestFixtures(http());
    }

    private static Map<String, Object> phoneCall() {
        Map<String, Object> body = new HashMap<>();
        body.put("channel", "PHONE");
        body.put("category", "PROPERTY_SERVICE");
        body.put("text", "电梯三天没修好，老人上不了楼。");
        body.put("householdId", FakeOrganization.HOME);
        body.put("contactName", "王建国");
        body.put("contactPhone", "13800138000");
        return body;
    }

    private Http.Response record(String staff, Map<String, Object> body) {
        return http().post("/api/requests/recorded", staff, body);
    }

    @Nested
    class ByStaff {

        @Test
        void aPhoneCallIsRecordedWithWhomToCallBackEncryptedAndShownMasked() {
            Http.Response filed = record(COMMUNITY_ADMIN, phoneCall());

            assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
            JsonNode request = requests().read(filed.id(), COMMUNITY_ADMIN);
            assertThat(request.get("channel").asString()).isEqualTo("PHONE");
            assertThat(request.at("/submitter/recordedByStaff").asBoolean()).isTrue();
            assertThat(request.at("/submitter/contactName").asString()).isEqualTo("王*国");
            assertThat(request.at("/submitter/contactPhone").asString()).isEqualTo("138****8000");
            assertThat(request.at("/timeline/0/by").asString()).isEqualTo("COMMUNITY");
            Map<String, Object> stored = jdbc.sql(
                            "SELECT contact_name_cipher, contact_phone_cipher, submitter_account_id"
                                    + " FROM resident_request WHERE id = ?")
                    .param(filed.id())
                    .query()
                    .singleRow();
            assertThat(String.valueOf(stored.get("contact_name_cipher"))).doesNotContain("王建国");
            assertThat(String.valueOf(stored.get("contact_phone_cipher"))).doesNotContain("13800138000");
            assertThat(stored.get("submitter_account_id")).isNull();
        }

        @Test
        void aGridWorkerRecordsWhatTheyFoundOnPatrolInACompoundWithItsPlace() {
            Map<String, Object> patrol = new HashMap<>();
            patrol.put("channel", "GRID_PATROL");
            patrol.put("category", "STREET_VENDORS_AND_ILLEGAL_STRUCTURES");
            patrol.put("urgency", "COMPLEX");
            patrol.put("text", "3号楼顶层有人私搭违建阳光房。");
            patrol.put("compoundId", FakeOrganization.COMPOUND);
            patrol.put("place", "3号楼楼顶");

            Http.Response filed = record(GRID_WORKER, patrol);

            assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
            assertThat(filed.json().get("urgency").asString()).isEqualTo("COMPLEX");
            assertThat(jdbc.sql("SELECT scope_path FROM resident_request WHERE id = ?")
                            .param(filed.id())
                            .query(String.class)
                            .single())
                    .isEqualTo(FakeOrganization.COMPOUND_PATH);
            assertThat(requests().read(filed.id(), COMMUNITY_ADMIN).get("place").asString())
                    .isEqualTo("3号楼楼顶");
        }

        @Test
        void thePlaceMustBeInTheirAreaAndNamedOnce() {
            Map<String, Object> elsewhere = phoneCall();
            elsewhere.put("householdId", 8);
            assertProblem(record(COMMUNITY_ADMIN, elsewhere), 422, "resident-request.outside-your-area");

            Map<String, Object> both = phoneCall();
            both.put("compoundId", FakeOrganization.COMPOUND);
            assertProblem(record(COMMUNITY_ADMIN, both), 422, "resident-request.one-place");

            Map<String, Object> noPlace = phoneCall();
            noPlace.remove("householdId");
            noPlace.put("compoundId", FakeOrganization.COMPOUND);
            assertProblem(record(COMMUNITY_ADMIN, noPlace), 422, "resident-request.place-required");

            Map<String, Object> notACompound = phoneCall();
            notACompound.remove("householdId");
            notACompound.put("compoundId", 3);
            notACompound.put("place", "社区广场");
            assertProblem(record(COMMUNITY_ADMIN, notACompound), 422, "resident-request.not-a-compound");

            Map<String, Object> unknownUnit = new HashMap<>(notACompound);
            unknownUnit.put("compoundId", 99);
            assertProblem(record(OTHER_COMMUNITY, unknownUnit), 422, "resident-request.outside-your-area");
        }

        @Test
        void theMiniProgramIsNotAChannelStaffRecordAndAPhoneNumberMustBeOne() {
            Map<String, Object> miniProgram = phoneCall();
            miniProgram.put("channel", "MINI_PROGRAM");
            assertProblem(record(COMMUNITY_ADMIN, miniProgram), 422, "resident-request.channel-not-recordable");

            Map<String, Object> badPhone = phoneCall();
            badPhone.put("contactPhone", "12345");
            Http.Response refused = record(COMMUNITY_ADMIN, badPhone);
            assertProblem(refused, 422, "request.invalid");
            assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("contactPhone");
        }

        @Test
        void withSvcOrganizationAwayStaffAreToldToTryAgain() {
            ORGANIZATION.down();
            try {
                assertProblem(record(COMMUNITY_ADMIN, phoneCall()), 503, "dependency.unavailable");
            } finally {
                ORGANIZATION.up();
            }
        }

        @Test
        void residentsFileThemselves() {
            assertProblem(record(resident(), phoneCall()), 403, "auth.forbidden");
        }
    }

    @Nested
    class Anonymously {

        @Test
        void theHandlerDoesNotLearnWhoFiledButAnAdministratorDoes() {
            String resident = resident();
            Http.Response filed = http().post(
                            "/api/requests",
                            resident,
                            Map.of(
                                    "category",
                                    "PROPERTY_SERVICE",
                                    "text",
                                    "物业保安晚上经常不在岗。",
                                    "householdId",
                                    FakeOrganization.HOME,
                                    "anonymous",
                                    true));
            long id = filed.id();
            requests().accept(id);

            JsonNode handler = requests().read(id, PROPERTY_STAFF);
            JsonNode gridWorker = requests().read(id, GRID_WORKER);
            JsonNode admin = requests().read(id, COMMUNITY_ADMIN);

            assertThat(handler.has("householdId")).isFalse();
            assertThat(handler.has("submitter")).isFalse();
            assertThat(gridWorker.has("householdId")).isFalse();
            assertThat(admin.get("householdId").asLong()).isEqualTo(FakeOrganization.HOME);
            assertThat(admin.at("/submitter/personId").isNumber()).isTrue();
            assertThat(requests().read(id, resident).get("householdId").asLong())
                    .isEqualTo(FakeOrganization.HOME);
        }

        @Test
        void aRequestThatIsNotAnonymousShowsItsHomeToItsHandler() {
            long id = requests().file(resident(), "EBIKE_CHARGING");
            requests().accept(id);

            assertThat(requests().read(id, PROPERTY_STAFF).get("householdId").asLong())
                    .isEqualTo(FakeOrganization.HOME);
        }
    }
}
