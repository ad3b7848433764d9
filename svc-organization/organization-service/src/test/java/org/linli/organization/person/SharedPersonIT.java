package org.linli.organization.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.linli.organization.AbstractIT;
import org.linli.organization.RegistryFixtures.Tree;
import org.linli.organization.Residents;
import org.linli.organization.Uploads;
import org.linli.organization.household.TieRelation;
import org.linli.organization.partyorg.dto.PartyOrgView;
import org.linli.platform.core.token.Role;
import org.linli.testing.Http.Response;
import org.linli.testing.IdNumbers;
import org.linli.testing.TestTokens;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/**
 * One person, two communities that know nothing of each other (trees of different districts).
 * Community A recorded 王秀英; staff of community B know her ID number, perhaps her name too. What B
 * can learn of her, and change, is only what B itself supplies.
 */
class SharedPersonIT extends AbstractIT {

    private static final String NAME = "王秀英";
    private static final String A_PHONE = "13811112222";
    private static final String B_PHONE = "13922223333";

    private static final String SYSTEM_ADMIN = TestTokens.staff(Role.SYSTEM_ADMIN, 1, "/");

    /** Community A with 王秀英 tied to its first household, the phone A recorded with her. */
    private record Known(Tree a, String idNumber) {}

    private Known recordedByA() {
        Tree a = fixtures.tree(1);
        String idNumber = IdNumbers.next();
        Response added = tie(a, NAME, idNumber, A_PHONE);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return new Known(a, idNumber);
    }

    @Nested
    class TyingAnIdNumberAnotherCommunityRecorded {

        @Test
        void aWrongNameTiesNothingAndTellsNoMoreThanThatTheIdNumberIsRegistered() {
            Known known = recordedByA();
            Tree b = fixtures.tree(1);

            Response refused = tie(b, "随便写", known.idNumber(), B_PHONE);

            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
            assertThat(refused.json().get("code").asString()).isEqualTo("person.name-mismatch");
            assertThat(refused.text()).doesNotContain("王", "*", A_PHONE.substring(7));
            assertThat(residents(b, b.households()[0])).isEmpty();
            assertThat(unmaskedResidents(b)).doesNotContain(NAME, known.idNumber(), A_PHONE);
        }

        @Test
        void theRightNameTiesAndShowsBOnlyThePhoneBGave() {
            Known known = recordedByA();
            Tree b = fixtures.tree(1);

            Response tied = tie(b, NAME, known.idNumber(), B_PHONE);

            assertThat(tied.status()).as(tied.toString()).isEqualTo(201);
            assertThat(residents(b, b.households()[0])
                            .get(0)
                            .get("person")
                            .get("phone")
                            .asString())
                    .isEqualTo("139****3333");
            assertThat(unmaskedResidents(b))
                    .contains(NAME, known.idNumber(), B_PHONE)
                    .doesNotContain(A_PHONE);
        }

        @Test
        void bNeverOverwritesWhatARecorded() {
            Known known = recordedByA();
            Tree b = fixtures.tree(1);

            assertThat(tie(b, NAME, known.idNumber(), B_PHONE).status()).isEqualTo(201);

            assertThat(residents(known.a(), known.a().households()[0])
                            .get(0)
                            .get("person")
                            .get("phone")
                            .asString())
                    .isEqualTo("138****2222");
            assertThat(unmaskedResidents(known.a())).contains(A_PHONE).doesNotContain(B_PHONE);
        }

        @Test
        void withoutAPhoneBSeesNone() {
            Known known = recordedByA();
            Tree b = fixtures.tree(1);

            Response tied = http().post(
                            "/api/org/households/" + b.households()[0] + "/residents",
                            b.communityAdmin(),
                            Map.of("person", Map.of("name", NAME, "idNumber", known.idNumber()), "relation", "TENANT"));

            assertThat(tied.status()).as(tied.toString()).isEqualTo(201);
            assertThat(residents(b, b.households()[0]).get(0).get("person").hasNonNull("phone"))
                    .isFalse();
            assertThat(unmaskedResidents(b)).doesNotContain(A_PHONE);
        }

        @Test
        void aResidentsImportInBIsRefusedRowByRowForAWrongNameAndNeverTakesAsPhone() {
            Known known = recordedByA();
            Tree b = fixtures.tree(2);
            String where = b.compound().name() + "," + b.building().name() + ",1单元,";

            Response refused = importResidents(b, where + "101,随便写," + known.idNumber() + "," + B_PHONE + ",业主");
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.text()).contains("registered under another name").doesNotContain("王");

            Response imported =
                    importResidents(b, where + "102," + NAME + "," + known.idNumber() + "," + B_PHONE + ",业主");
            assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
            assertThat(unmaskedResidents(known.a())).contains(A_PHONE).doesNotContain(B_PHONE);
            assertThat(unmaskedResidents(b)).contains(B_PHONE).doesNotContain(A_PHONE);
        }
    }

    @Nested
    class PartyMembershipElsewhere {

        /** 王秀英 is a party member of A's compound branch; 李桂兰 is only a resident of A. */
        private record Members(Tree a, String memberId, String residentId) {}

        private Members inA() {
            Known known = recordedByA();
            PartyOrgView branch = fixtures.compoundBranch(known.a());
            fixtures.memberWithIdNumber(branch, NAME, known.idNumber());
            String residentId = IdNumbers.next();
            Response tied = http().post(
                            "/api/org/households/" + known.a().households()[0] + "/residents",
                            known.a().communityAdmin(),
                            Map.of("person", Map.of("name", "李桂兰", "idNumber", residentId), "relation", "FAMILY"));
            assertThat(tied.status()).as(tied.toString()).isEqualTo(201);
            return new Members(known.a(), known.idNumber(), residentId);
        }

        @Test
        void enrollingInBAnswersAMemberAndANonMemberOfAAlike() {
            Members a = inA();
            Tree b = fixtures.tree(1);
            PartyOrgView bBranch = fixtures.compoundBranch(b);

            Response member = enroll(b, bBranch, NAME, a.memberId());
            Response resident = enroll(b, bBranch, "李桂兰", a.residentId());

            assertThat(member.status()).as(member.toString()).isEqualTo(409);
            assertThat(member.json().get("code").asString()).isEqualTo("person.registered-elsewhere");
            assertThat(resident.status()).isEqualTo(member.status());
            assertThat(resident.json().get("code")).isEqualTo(member.json().get("code"));
            assertThat(resident.json().get("detail")).isEqualTo(member.json().get("detail"));
            assertThat(member.text()).doesNotContainIgnoringCase("party member");
        }

        @Test
        void anAdministratorWhoseAreaCoversEveryRecordEnrolsThem() {
            Members a = inA();
            Tree b = fixtures.tree(1);
            PartyOrgView bBranch = fixtures.compoundBranch(b);

            Response byRoot =
                    http().post("/api/org/party-members", SYSTEM_ADMIN, enrolment(bBranch, "李桂兰", a.residentId()));

            assertThat(byRoot.status()).as(byRoot.toString()).isEqualTo(201);
        }

        @Test
        void aPartyMemberImportInBAnswersAMemberAndANonMemberOfAAlike() {
            Members a = inA();
            Tree b = fixtures.tree(1);
            fixtures.compoundBranch(b);

            Response refused = Uploads.upload(
                    http(),
                    "/api/org/units/" + b.community().id() + "/imports/party-members",
                    b.communityAdmin(),
                    "党员.csv",
                    Uploads.csv(
                            "姓名,身份证号,手机号,党组织,类别,职务,工作单位,单位党组织",
                            NAME + "," + a.memberId() + ",,小区党支部,居民,,,",
                            "李桂兰," + a.residentId() + ",,小区党支部,居民,,,"));

            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            JsonNode errors = refused.json().get("errors");
            assertThat(errors).hasSize(2);
            assertThat(errors.get(0).get("message")).isEqualTo(errors.get(1).get("message"));
            assertThat(refused.text()).doesNotContainIgnoringCase("party member");
        }

        @Test
        void aRegistrationRecordedByBStaffAnswersAMemberAndANonMemberOfAAlike() {
            Members a = inA();
            Tree b = fixtures.tree(1);

            Response member = register(b, NAME, a.memberId());
            Response resident = register(b, "李桂兰", a.residentId());

            assertThat(member.status()).as(member.toString()).isEqualTo(409);
            assertThat(member.json().get("code").asString()).isEqualTo("person.registered-elsewhere");
            assertThat(resident.json().get("code")).isEqualTo(member.json().get("code"));
        }

        @Test
        void bsOwnersCommitteeCountsOnlyMembershipsBCanSee() {
            Members a = inA();
            Tree b = fixtures.tree(1);
            String parties = "/api/org/compounds/" + b.compound().id() + "/parties";
            Map<String, Object> committee = new HashMap<>();
            committee.put("kind", "OWNERS_COMMITTEE");
            committee.put("name", "业主委员会");
            assertThat(http().post(parties, b.communityAdmin(), committee).status())
                    .isEqualTo(201);

            Response seated = http().post(
                            parties + "/OWNERS_COMMITTEE/members",
                            b.communityAdmin(),
                            Map.of("person", Map.of("name", NAME, "idNumber", a.memberId()), "role", "MEMBER"));

            assertThat(seated.status()).as(seated.toString()).isEqualTo(201);
            assertThat(ownersCommitteeMember(http().get(parties, b.communityAdmin()))
                            .get("partyMember")
                            .asBoolean())
                    .isFalse();
            assertThat(ownersCommitteeMember(http().get(parties, SYSTEM_ADMIN))
                            .get("partyMember")
                            .asBoolean())
                    .isTrue();
        }

        private static JsonNode ownersCommitteeMember(Response view) {
            assertThat(view.status()).as(view.toString()).isEqualTo(200);
            return view.json().get("parties").get(0).get("members").get(0);
        }
    }

    @Nested
    class CorrectingAName {

        @Test
        void theCommunityThatAloneRecordedSomeoneCorrectsTheirName() {
            Known known = recordedByA();
            long person = personId(known.a());

            Response corrected = correctName(known.a().communityAdmin(), person, "王秀瑛");

            assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
            assertThat(corrected.json().get("name").asString()).isEqualTo("王*瑛");
            assertThat(unmaskedResidents(known.a())).contains("王秀瑛");
        }

        @Test
        void theHouseholdsAMemberLooksAfterShowTheCorrectedNameAtOnce() {
            Known known = recordedByA();
            PartyOrgView branch = fixtures.compoundBranch(known.a());
            var member = fixtures.memberWithIdNumber(branch, NAME, known.idNumber());
            long household = known.a().households()[0];
            assertThat(http().post(
                                    "/api/org/households/" + household + "/responsible-member",
                                    known.a().communityAdmin(),
                                    Map.of("partyMemberId", member.id()))
                            .status())
                    .isEqualTo(201);
            String lookup = "/api/org/households/" + household + "/party-members";
            assertThat(http().get(lookup, known.a().communityAdmin())
                            .json()
                            .get(0)
                            .get("name")
                            .asString())
                    .isEqualTo("王*英");

            assertThat(correctName(known.a().communityAdmin(), member.person().id(), "王秀瑛")
                            .status())
                    .isEqualTo(200);

            assertThat(http().get(lookup, known.a().communityAdmin())
                            .json()
                            .get(0)
                            .get("name")
                            .asString())
                    .isEqualTo("王*瑛");
        }

        @Test
        void anotherCommunityCannotReachThemAndOnceTheyAreSharedNeitherCommunityCan() {
            Known known = recordedByA();
            long person = personId(known.a());
            Tree b = fixtures.tree(1);

            assertThat(correctName(b.communityAdmin(), person, "随便写").status()).isEqualTo(404);

            assertThat(tie(b, NAME, known.idNumber(), B_PHONE).status()).isEqualTo(201);
            Response refused = correctName(known.a().communityAdmin(), person, "王秀瑛");
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().get("code").asString()).isEqualTo("person.registered-elsewhere");
            assertThat(correctName(b.communityAdmin(), person, "王秀瑛").status()).isEqualTo(409);

            assertThat(correctName(SYSTEM_ADMIN, person, "王秀瑛").status()).isEqualTo(200);
            assertThat(unmaskedResidents(b)).contains("王秀瑛");
        }

        @Test
        void aNameTheResidentVerifiedThemselvesIsNotStaffsToChange() {
            Tree a = fixtures.tree(1);
            String idNumber = IdNumbers.next();
            long person = residents.onRoster(a.households()[0], NAME, idNumber, TieRelation.OWNER);
            String token = Residents.consented(http(), Residents.newUser());
            assertThat(Residents.verify(http(), token, NAME, idNumber).status()).isEqualTo(200);

            Response refused = correctName(a.communityAdmin(), person, "另一个名字");

            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
            assertThat(refused.json().get("code").asString()).isEqualTo("person.verified");
        }
    }

    private Response tie(Tree tree, String name, String idNumber, String phone) {
        return http().post(
                        "/api/org/households/" + tree.households()[0] + "/residents",
                        tree.communityAdmin(),
                        Map.of(
                                "person",
                                Map.of("name", name, "idNumber", idNumber, "phone", phone),
                                "relation",
                                "OWNER"));
    }

    private JsonNode residents(Tree tree, long household) {
        Response view = http().get("/api/org/households/" + household, tree.communityAdmin());
        assertThat(view.status()).as(view.toString()).isEqualTo(200);
        return view.json().get("residents");
    }

    private long personId(Tree tree) {
        return residents(tree, tree.households()[0])
                .get(0)
                .get("person")
                .get("id")
                .asLong();
    }

    private String unmaskedResidents(Tree tree) {
        Response export = http().get(
                        "/api/org/units/" + tree.community().id()
                                + "/exports/residents?format=csv&unmasked=true&reason=核对",
                        tree.communityAdmin());
        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        return export.text();
    }

    private Response importResidents(Tree tree, String row) {
        return Uploads.upload(
                http(),
                "/api/org/units/" + tree.community().id() + "/imports/residents",
                tree.communityAdmin(),
                "居民.csv",
                Uploads.csv("小区,楼栋,单元,房号,姓名,身份证号,手机号,关系", row));
    }

    private Response enroll(Tree tree, PartyOrgView org, String name, String idNumber) {
        return http().post("/api/org/party-members", tree.communityAdmin(), enrolment(org, name, idNumber));
    }

    private static Map<String, Object> enrolment(PartyOrgView org, String name, String idNumber) {
        return Map.of(
                "person",
                Map.of("name", name, "idNumber", idNumber),
                "partyOrgId",
                org.id(),
                "category",
                "RESIDENT",
                "position",
                "MEMBER");
    }

    private Response register(Tree tree, String name, String idNumber) {
        return http().post(
                        "/api/org/registrations",
                        tree.communityAdmin(),
                        Map.of(
                                "person",
                                Map.of("name", name, "idNumber", idNumber),
                                "communityId",
                                tree.community().id(),
                                "employer",
                                "增城区教育局",
                                "employerPartyOrg",
                                "增城区教育局机关党委"));
    }

    private Response correctName(String token, long person, String name) {
        return http().exchange(
                        HttpMethod.PUT, "/api/org/people/" + person + "/name", token, Map.of("name", name), Map.of());
    }
}
