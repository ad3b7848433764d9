package org.linli.organization.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.linli.organization.RegistryFixtures.Tree;
import org.linli.organization.geography.OrgUnitKind;
import org.linli.organization.geography.dto.OrgUnitView;
import org.linli.platform.core.revocation.RevocationChannel;
import org.linli.platform.core.token.Role;
import org.linli.platform.error.DomainException;
import org.linli.testing.Http.Response;
import org.linli.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Staff managing staff: nobody reaches wider than they already do, and every change takes effect at once. */
class StaffAccountsIT extends AbstractStaffIT {

    private static final AtomicLong SEQ = new AtomicLong();

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    StaffAccountMapper staffMapper;

    @Nested
    class Creating {

        @Test
        void aCommunityAdminCreatesAGridWorkerInTheirCommunityWhoCanThenSignIn() throws Exception {
            Tree tree = fixtures.tree(0);
            Staff admin = staff(Role.COMMUNITY_ADMIN, tree.community());
            String username = uniqueUsername("Grid");

            Response created = create(
                    tokenOf(admin), body(username, "correct-horse-battery", "王网格", Role.GRID_WORKER, tree.grid()));

            assertThat(created.status()).isEqualTo(201);
            JsonNode view = created.json();
            assertThat(view.get("username").asString()).isEqualTo(username.toLowerCase());
            assertThat(view.get("displayName").asString()).isEqualTo("王*格");
            assertThat(view.get("role").asString()).isEqualTo("GRID_WORKER");
            assertThat(view.get("orgUnitId").asLong()).isEqualTo(tree.grid().id());
            assertThat(view.get("orgPath").asString()).isEqualTo(tree.grid().path());
            assertThat(view.get("status").asString()).isEqualTo("ACTIVE");
            assertThat(view.has("password")).isFalse();
            assertThat(jdbc.queryForObject(
                            "SELECT created_by FROM staff_account WHERE account_id = ?",
                            Long.class,
                            view.get("id").asLong()))
                    .isEqualTo(admin.id());
            // the display name names a person: ciphertext at rest
            assertThat(jdbc.queryForObject(
                            "SELECT display_name_cipher FROM staff_account WHERE account_id = ?",
                            String.class,
                            view.get("id").asLong()))
                    .doesNotContain("王网格");

            Response login = login(username, "correct-horse-battery");
            assertThat(login.status()).isEqualTo(200);
            assertThat(claims(login.json().get("accessToken").asString()).getStringClaim("org_path"))
                    .isEqualTo(tree.grid().path());
        }

        @Test
        void noOneCreatesAnAccountAsWideAsTheirOwnOrWider() {
            Tree tree = fixtures.tree(0);
            Tree elsewhere = fixtures.tree(0);
            OrgUnitView sibling =
                    fixtures.unit(tree.street().id(), OrgUnitKind.COMMUNITY, "邻社区" + System.nanoTime(), null);
            String admin = tokenOf(staff(Role.COMMUNITY_ADMIN, tree.community()));
            String worker = tokenOf(staff(Role.GRID_WORKER, tree.grid()));
            long before = staffCount();

            Response sameRole = create(
                    admin, body(uniqueUsername("a"), "long-enough-pw", "甲", Role.COMMUNITY_ADMIN, tree.community()));
            Response higherRole =
                    create(admin, body(uniqueUsername("b"), "long-enough-pw", "乙", Role.STREET_ADMIN, tree.street()));
            Response system = create(
                    admin, body(uniqueUsername("c"), "long-enough-pw", "丙", Role.SYSTEM_ADMIN, tree.community()));
            Response otherTree =
                    create(admin, body(uniqueUsername("d"), "long-enough-pw", "丁", Role.GRID_WORKER, elsewhere.grid()));
            Response siblingCommunity =
                    create(admin, body(uniqueUsername("e"), "long-enough-pw", "戊", Role.GRID_WORKER, sibling));
            Response aboveOwnUnit =
                    create(admin, body(uniqueUsername("f"), "long-enough-pw", "己", Role.GRID_WORKER, tree.street()));
            Response byLowestRank = create(
                    worker, body(uniqueUsername("g"), "long-enough-pw", "庚", Role.PROPERTY_STAFF, tree.compound()));
            Response byResident = create(
                    TestTokens.resident(99, null),
                    body(uniqueUsername("h"), "long-enough-pw", "辛", Role.GRID_WORKER, tree.grid()));

            assertProblem(sameRole, 403, "staff.role-not-grantable");
            assertProblem(higherRole, 403, "staff.role-not-grantable");
            assertProblem(system, 403, "staff.role-not-grantable");
            assertProblem(otherTree, 404, "org-unit.not-found");
            assertProblem(siblingCommunity, 404, "org-unit.not-found");
            assertProblem(aboveOwnUnit, 404, "org-unit.not-found");
            assertProblem(byLowestRank, 403, "staff.role-not-grantable");
            assertProblem(byResident, 403, "auth.forbidden");
            assertThat(staffCount()).isEqualTo(before);
        }

        @Test
        void eachRoleGoesOnlyOnItsKindOfUnit() {
            Tree tree = fixtures.tree(0);
            String street = tokenOf(staff(Role.STREET_ADMIN, tree.street()));

            Response adminOnCompound = create(
                    street, body(uniqueUsername("a"), "long-enough-pw", "甲", Role.COMMUNITY_ADMIN, tree.compound()));
            Response propertyOnCommunity = create(
                    street, body(uniqueUsername("b"), "long-enough-pw", "乙", Role.PROPERTY_STAFF, tree.community()));
            Response workerOnCommunity = create(
                    street, body(uniqueUsername("c"), "long-enough-pw", "丙", Role.GRID_WORKER, tree.community()));
            Response propertyOnCompound = create(
                    street, body(uniqueUsername("d"), "long-enough-pw", "丁", Role.PROPERTY_STAFF, tree.compound()));
            Response adminOnCommunity = create(
                    street, body(uniqueUsername("e"), "long-enough-pw", "戊", Role.COMMUNITY_ADMIN, tree.community()));

            assertProblem(adminOnCompound, 422, "staff.role-unit-mismatch");
            assertThat(adminOnCompound.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("orgUnitId");
            assertProblem(propertyOnCommunity, 422, "staff.role-unit-mismatch");
            assertThat(workerOnCommunity.status()).isEqualTo(201);
            assertThat(propertyOnCompound.status()).isEqualTo(201);
            assertThat(adminOnCommunity.status()).isEqualTo(201);
        }

        @Test
        void aUsernameIsTakenOnceWhateverItsCase() {
            Tree tree = fixtures.tree(0);
            String admin = tokenOf(staff(Role.COMMUNITY_ADMIN, tree.community()));
            String username = uniqueUsername("dup");

            Response first = create(admin, body(username, "long-enough-pw", "甲", Role.GRID_WORKER, tree.grid()));
            Response second =
                    create(admin, body(username.toUpperCase(), "other-long-pw", "乙", Role.GRID_WORKER, tree.grid()));

            assertThat(first.status()).isEqualTo(201);
            assertProblem(second, 409, "staff.username-taken");
        }

        @Test
        void aFullWidthUsernameIsTakenInItsNormalForm() throws Exception {
            Tree tree = fixtures.tree(0);
            String admin = tokenOf(staff(Role.COMMUNITY_ADMIN, tree.community()));
            String username = uniqueUsername("wang.grid");
            String typedFullWidth = "\u3000" + fullWidth(username.toUpperCase());

            Response created =
                    create(admin, body(typedFullWidth, "long-enough-pw", "王网格", Role.GRID_WORKER, tree.grid()));
            Response again = create(admin, body(username, "other-long-pw", "乙", Role.GRID_WORKER, tree.grid()));

            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            assertThat(created.json().get("username").asString()).isEqualTo(username);
            assertProblem(again, 409, "staff.username-taken");
            Response login = login(username, "long-enough-pw");
            assertThat(login.status()).isEqualTo(200);
            assertThat(claims(login.json().get("accessToken").asString()).getSubject())
                    .isEqualTo(created.json().get("id").asString());
        }

        @Test
        void aUsernameWithALetterOutsideTheAlphabetIsRefusedEvenWhenItLooksLikeATakenOne() {
            Tree tree = fixtures.tree(0);
            String admin = tokenOf(staff(Role.COMMUNITY_ADMIN, tree.community()));
            Staff taken = staff(Role.GRID_WORKER, tree.grid(), uniqueUsername("desk"));
            long before = staffCount();

            Response accented = create(
                    admin,
                    body(
                            taken.username().replaceFirst("e", "\u00E9"),
                            "long-enough-pw",
                            "甲",
                            Role.GRID_WORKER,
                            tree.grid()));
            Response umlaut = create(
                    admin, body(uniqueUsername("b\u00E4rs"), "long-enough-pw", "甲", Role.GRID_WORKER, tree.grid()));

            assertProblem(accented, 422, "staff.invalid-username");
            assertThat(accented.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("username");
            assertProblem(umlaut, 422, "staff.invalid-username");
            assertThat(staffCount()).isEqualTo(before);
        }

        @Test
        void setUpCreatesAnAccountOnceWhateverTheSpellingAndNeverOneOutsideTheAlphabet() {
            Tree tree = fixtures.tree(0);
            Staff existing = staff(Role.GRID_WORKER, tree.grid(), uniqueUsername("desk"));
            long before = staffCount();

            boolean fullWidth = staffAccounts.createIfAbsent(
                    fullWidth(existing.username()),
                    "long-enough-pw",
                    "甲",
                    Role.GRID_WORKER,
                    tree.grid().id());

            assertThat(fullWidth).isFalse();
            assertThatThrownBy(() -> staffAccounts.createIfAbsent(
                            existing.username().replaceFirst("e", "\u00E9"),
                            "long-enough-pw",
                            "甲",
                            Role.GRID_WORKER,
                            tree.grid().id()))
                    .isInstanceOfSatisfying(
                            DomainException.class, e -> assertThat(e.code()).isEqualTo("staff.invalid-username"));
            assertThat(staffCount()).isEqualTo(before);
        }

        @Test
        void aWeakPasswordOrABadUsernameIsRefusedNamingTheField() {
            Tree tree = fixtures.tree(0);
            String admin = tokenOf(staff(Role.COMMUNITY_ADMIN, tree.community()));
            String username = uniqueUsername("weak");

            Response tooShort = create(admin, body(username, "short-pw1", "甲", Role.GRID_WORKER, tree.grid()));
            Response isUsername = create(admin, body(username, username + "-x", "甲", Role.GRID_WORKER, tree.grid()));
            Response badUsername = create(admin, body("a b", "long-enough-pw", "甲", Role.GRID_WORKER, tree.grid()));
            Response notStaff =
                    create(admin, body(uniqueUsername("r"), "long-enough-pw", "甲", Role.RESIDENT, tree.grid()));

            assertProblem(tooShort, 422, "staff.weak-password");
            assertThat(tooShort.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("password");
            assertThat(tooShort.text()).doesNotContain("short-pw1");
            assertProblem(isUsername, 422, "staff.weak-password");
            assertProblem(badUsername, 422, "staff.invalid-username");
            assertThat(badUsername.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("username");
            assertProblem(notStaff, 422, "staff.not-a-staff-role");
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM staff_account WHERE username = ?", Long.class, username))
                    .isZero();
        }

        @Test
        void aRetryWithTheSameIdempotencyKeyCreatesOneAccount() throws Exception {
            Tree tree = fixtures.tree(0);
            String admin = tokenOf(staff(Role.COMMUNITY_ADMIN, tree.community()));
            Map<String, Object> body =
                    body(uniqueUsername("idem"), "first-password-1", "甲", Role.GRID_WORKER, tree.grid());
            Map<String, String> key = Map.of("Idempotency-Key", "create-" + System.nanoTime());

            Response first = http().exchange(HttpMethod.POST, "/api/auth/staff/accounts", admin, body, key);
            Response retry = http().exchange(HttpMethod.POST, "/api/auth/staff/accounts", admin, body, key);
            Map<String, Object> other = new HashMap<>(body);
            other.put("displayName", "乙");
            Response reused = http().exchange(HttpMethod.POST, "/api/auth/staff/accounts", admin, other, key);

            assertThat(first.status()).isEqualTo(201);
            assertThat(retry.status()).isEqualTo(201);
            assertThat(retry.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
            assertThat(retry.json()).isEqualTo(first.json());
            assertProblem(reused, 422, "idempotency.key-reused");
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM staff_account WHERE username = ?", Long.class, body.get("username")))
                    .isEqualTo(1);
            // the body holds a password: what is kept of it is keyed, not a plain hash one could guess offline
            String plainHash = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(JsonMapper.builder()
                                    .build()
                                    .writeValueAsString(body)
                                    .getBytes(StandardCharsets.UTF_8)));
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM idempotency_record WHERE request_hash = ?", Long.class, plainHash))
                    .isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM idempotency_record", Long.class))
                    .isPositive();
        }

        @Test
        void signInResponsesAreNeverKeptForReplay() {
            Staff worker = staff(Role.GRID_WORKER, fixtures.tree(0).grid());
            Map<String, String> key = Map.of("Idempotency-Key", "login-" + System.nanoTime());
            Map<String, String> body = Map.of("username", worker.username(), "password", worker.password());

            Response first = http().exchange(HttpMethod.POST, "/api/auth/staff/login", null, body, key);
            Response second = http().exchange(HttpMethod.POST, "/api/auth/staff/login", null, body, key);

            assertThat(first.status()).isEqualTo(200);
            assertThat(second.status()).isEqualTo(200);
            assertThat(second.headers().getFirst("Idempotent-Replayed")).isNull();
            assertThat(second.json().get("refreshToken").asString())
                    .isNotEqualTo(first.json().get("refreshToken").asString());
        }
    }

    /** What the database itself holds to (V9), whatever code reaches it. */
    @Nested
    class StoredUsernames {

        @Test
        void anAccountIsFoundOnlyByItsUsernameByteForByte() {
            Staff clerk = staff(Role.GRID_WORKER, fixtures.tree(0).grid(), uniqueUsername("desk"));

            assertThat(staffMapper.selectByUsername(clerk.username())).isNotNull();
            for (String other : List.of(
                    clerk.username().toUpperCase(),
                    clerk.username().replaceFirst("e", "\u00E9"),
                    clerk.username().replace('s', '\u017F'),
                    fullWidth(clerk.username()))) {
                assertThat(staffMapper.selectByUsername(other)).as(other).isNull();
            }
        }

        @Test
        void aUsernameNotInNormalFormCannotBeStored() {
            // short enough that every variant below fits the column: only the CHECK can refuse them
            String normal = uniqueUsername("desk");
            assertThat(normal.length()).isLessThan(30);

            assertThat(insertRow(normal)).as("the same row in normal form").isEqualTo(1);
            for (String other : List.of(
                    normal.toUpperCase(),
                    normal.replaceFirst("e", "\u00E9"),
                    fullWidth(normal),
                    " " + normal,
                    "-" + normal)) {
                assertThatThrownBy(() -> insertRow(other))
                        .as(other)
                        .isInstanceOf(DataIntegrityViolationException.class);
            }
        }

        private int insertRow(String username) {
            long id = -1_000_000L - SEQ.incrementAndGet();
            try {
                return jdbc.update(
                        "INSERT INTO staff_account (account_id, username, password_hash, display_name_cipher, org_path,"
                                + " password_changed_at, created_at, updated_at)"
                                + " VALUES (?, ?, 'x', 'x', '/nowhere/', NOW(3), NOW(3), NOW(3))",
                        id,
                        username);
            } finally {
                jdbc.update("DELETE FROM staff_account WHERE account_id = ?", id);
            }
        }
    }

    @Nested
    class Reading {

        @Test
        void staffListOnlyTheAccountsOfTheirSubtree() {
            Tree tree = fixtures.tree(0);
            Tree elsewhere = fixtures.tree(0);
            Staff streetAdmin = staff(Role.STREET_ADMIN, tree.street());
            Staff communityAdmin = staff(Role.COMMUNITY_ADMIN, tree.community());
            Staff worker = staff(Role.GRID_WORKER, tree.grid());
            Staff property = staff(Role.PROPERTY_STAFF, tree.compound());
            Staff stranger = staff(Role.GRID_WORKER, elsewhere.grid());

            JsonNode byStreet = list(tokenOf(streetAdmin), 1, 500);
            JsonNode byCommunity = list(tokenOf(communityAdmin), 1, 500);
            JsonNode firstPage = list(tokenOf(communityAdmin), 1, 2);

            assertThat(ids(byStreet))
                    .contains(streetAdmin.id(), communityAdmin.id(), worker.id(), property.id())
                    .doesNotContain(stranger.id());
            assertThat(ids(byCommunity)).containsExactlyInAnyOrder(communityAdmin.id(), worker.id(), property.id());
            assertThat(firstPage.get("items")).hasSize(2);
            assertThat(firstPage.get("total").asLong()).isEqualTo(3);
            assertThat(byCommunity.get("items").get(0).get("displayName").asString())
                    .startsWith("测*");
        }

        @Test
        void anAccountOutsideTheScopeDoesNotExist() {
            Tree tree = fixtures.tree(0);
            Staff admin = staff(Role.COMMUNITY_ADMIN, tree.community());
            Staff stranger = staff(Role.GRID_WORKER, fixtures.tree(0).grid());
            Staff streetAdmin = staff(Role.STREET_ADMIN, tree.street());
            String token = tokenOf(admin);

            assertProblem(
                    http().get("/api/auth/staff/accounts/" + stranger.id(), token), 404, "staff-account.not-found");
            assertProblem(
                    http().get("/api/auth/staff/accounts/" + streetAdmin.id(), token), 404, "staff-account.not-found");
            Response me = http().get("/api/auth/staff/me", token);
            assertThat(me.json().get("id").asLong()).isEqualTo(admin.id());
            assertThat(me.json().get("displayName").asString()).isEqualTo("测试COMMUNITY_ADMIN");
        }
    }

    @Nested
    class Disabling {

        @Test
        void disablingEndsEverySessionAtOnce() throws Exception {
            Tree tree = fixtures.tree(0);
            String admin = tokenOf(staff(Role.COMMUNITY_ADMIN, tree.community()));
            Staff worker = staff(Role.GRID_WORKER, tree.grid());
            Response phone = login(worker.username(), worker.password());
            Response desk = login(worker.username(), worker.password());

            Response disabled = http().post("/api/auth/staff/accounts/" + worker.id() + "/disable", admin, null);

            assertThat(disabled.status()).isEqualTo(200);
            assertThat(disabled.json().get("status").asString()).isEqualTo("DISABLED");
            for (Response session : new Response[] {phone, desk}) {
                Response refresh = http().post(
                                "/api/auth/refresh",
                                null,
                                Map.of(
                                        "refreshToken",
                                        session.json().get("refreshToken").asString()));
                assertThat(refresh.status()).isEqualTo(401);
                String sid =
                        claims(session.json().get("accessToken").asString()).getStringClaim("sid");
                assertThat(redis.opsForZSet().score(RevocationChannel.REVOKED_SESSIONS, sid))
                        .isNotNull();
            }
            assertProblem(login(worker.username(), worker.password()), 403, "account.disabled");

            Response enabled = http().post("/api/auth/staff/accounts/" + worker.id() + "/enable", admin, null);
            assertThat(enabled.json().get("status").asString()).isEqualTo("ACTIVE");
            assertThat(login(worker.username(), worker.password()).status()).isEqualTo(200);
        }

        @Test
        void onlyAccountsOfLowerRankInScopeCanBeDisabled() {
            Tree tree = fixtures.tree(0);
            Staff admin = staff(Role.COMMUNITY_ADMIN, tree.community());
            Staff peer = staff(Role.COMMUNITY_ADMIN, tree.community());
            Staff boss = staff(Role.STREET_ADMIN, tree.street());
            String token = tokenOf(admin);

            assertProblem(
                    http().post("/api/auth/staff/accounts/" + peer.id() + "/disable", token, null),
                    403,
                    "staff.not-manageable");
            assertProblem(
                    http().post("/api/auth/staff/accounts/" + admin.id() + "/disable", token, null),
                    403,
                    "staff.not-manageable");
            assertProblem(
                    http().post("/api/auth/staff/accounts/" + boss.id() + "/disable", token, null),
                    404,
                    "staff-account.not-found");
            assertThat(login(peer.username(), peer.password()).status()).isEqualTo(200);
        }
    }

    @Nested
    class Reassigning {

        @Test
        void aStreetAdminMovesAGridWorkerToAnotherCommunityOfTheStreet() throws Exception {
            Tree tree = fixtures.tree(0);
            OrgUnitView other =
                    fixtures.unit(tree.street().id(), OrgUnitKind.COMMUNITY, "新社区" + System.nanoTime(), null);
            String streetAdmin = tokenOf(staff(Role.STREET_ADMIN, tree.street()));
            Staff worker = staff(Role.GRID_WORKER, tree.grid());
            Response before = login(worker.username(), worker.password());

            Response moved = http().put(
                            "/api/auth/staff/accounts/" + worker.id() + "/assignment",
                            streetAdmin,
                            Map.of("role", "GRID_WORKER", "orgUnitId", other.id()));

            assertThat(moved.status()).isEqualTo(200);
            assertThat(moved.json().get("orgPath").asString()).isEqualTo(other.path());
            assertThat(http().post(
                                    "/api/auth/refresh",
                                    null,
                                    Map.of(
                                            "refreshToken",
                                            before.json().get("refreshToken").asString()))
                            .status())
                    .isEqualTo(401);
            Response after = login(worker.username(), worker.password());
            assertThat(claims(after.json().get("accessToken").asString()).getStringClaim("org_path"))
                    .isEqualTo(other.path());
        }

        @Test
        void aMoveObeysTheRulesOfCreation() {
            Tree tree = fixtures.tree(0);
            Staff admin = staff(Role.COMMUNITY_ADMIN, tree.community());
            Staff worker = staff(Role.GRID_WORKER, tree.grid());
            String token = tokenOf(admin);
            String path = "/api/auth/staff/accounts/" + worker.id() + "/assignment";

            assertProblem(
                    http().put(
                                    path,
                                    token,
                                    Map.of(
                                            "role",
                                            "COMMUNITY_ADMIN",
                                            "orgUnitId",
                                            tree.community().id())),
                    403,
                    "staff.role-not-grantable");
            assertProblem(
                    http().put(
                                    path,
                                    token,
                                    Map.of(
                                            "role",
                                            "GRID_WORKER",
                                            "orgUnitId",
                                            tree.street().id())),
                    404,
                    "org-unit.not-found");
            assertProblem(
                    http().put(
                                    path,
                                    token,
                                    Map.of(
                                            "role",
                                            "GRID_WORKER",
                                            "orgUnitId",
                                            fixtures.tree(0).grid().id())),
                    404,
                    "org-unit.not-found");
            assertProblem(
                    http().put(
                                    path,
                                    token,
                                    Map.of(
                                            "role",
                                            "GRID_WORKER",
                                            "orgUnitId",
                                            tree.compound().id())),
                    422,
                    "staff.role-unit-mismatch");
            assertThat(jdbc.queryForObject("SELECT org_unit_id FROM account WHERE id = ?", Long.class, worker.id()))
                    .isEqualTo(tree.grid().id());
        }

        @Test
        void noOneChangesTheirOwnRoleOrUnit() {
            Tree tree = fixtures.tree(0);
            Staff admin = staff(Role.COMMUNITY_ADMIN, tree.community());

            Response promoted = http().put(
                            "/api/auth/staff/accounts/" + admin.id() + "/assignment",
                            tokenOf(admin),
                            Map.of(
                                    "role",
                                    "GRID_WORKER",
                                    "orgUnitId",
                                    tree.grid().id()));

            assertProblem(promoted, 403, "staff.not-manageable");
        }
    }

    @Nested
    class Passwords {

        @Test
        void changingOnesOwnPasswordNeedsTheCurrentOneAndEndsTheOtherSessions() {
            Staff worker = staff(Role.GRID_WORKER, fixtures.tree(0).grid());
            Response here = login(worker.username(), worker.password());
            Response elsewhere = login(worker.username(), worker.password());
            String token = here.json().get("accessToken").asString();

            Response wrong = http().put(
                            "/api/auth/staff/me/password",
                            token,
                            Map.of("currentPassword", "not-it-at-all", "newPassword", "brand-new-password"));
            Response weak = http().put(
                            "/api/auth/staff/me/password",
                            token,
                            Map.of("currentPassword", worker.password(), "newPassword", "short"));
            Response changed = http().put(
                            "/api/auth/staff/me/password",
                            token,
                            Map.of("currentPassword", worker.password(), "newPassword", "brand-new-password"));

            assertProblem(wrong, 422, "staff.current-password-wrong");
            assertThat(wrong.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("currentPassword");
            assertProblem(weak, 422, "staff.weak-password");
            assertThat(weak.json().get("errors").get(0).get("field").asString()).isEqualTo("newPassword");
            assertThat(changed.status()).isEqualTo(204);
            assertThat(refresh(elsewhere).status()).isEqualTo(401);
            assertThat(refresh(here).status()).isEqualTo(200);
            assertThat(login(worker.username(), worker.password()).status()).isEqualTo(401);
            assertThat(login(worker.username(), "brand-new-password").status()).isEqualTo(200);
        }

        @Test
        void guessingTheCurrentPasswordCountsTowardsTheLockout() {
            Staff worker = staff(Role.GRID_WORKER, fixtures.tree(0).grid());
            String token = tokenOf(worker);
            for (int i = 0; i < 4; i++) {
                http().put(
                                "/api/auth/staff/me/password",
                                token,
                                Map.of("currentPassword", "guess-number-" + i, "newPassword", "brand-new-password"));
            }

            Response fifth = http().put(
                            "/api/auth/staff/me/password",
                            token,
                            Map.of("currentPassword", "guess-number-5", "newPassword", "brand-new-password"));

            assertProblem(fifth, 423, "auth.locked");
            assertProblem(login(worker.username(), worker.password()), 423, "auth.locked");
        }

        @Test
        void anAdministratorResetsAPasswordInScopeEndingItsSessionsAndItsLock() {
            Tree tree = fixtures.tree(0);
            String admin = tokenOf(staff(Role.COMMUNITY_ADMIN, tree.community()));
            String outsider =
                    tokenOf(staff(Role.COMMUNITY_ADMIN, fixtures.tree(0).community()));
            Staff worker = staff(Role.GRID_WORKER, tree.grid());
            Response session = login(worker.username(), worker.password());
            for (int i = 0; i < 5; i++) {
                login(worker.username(), "wrong-" + i);
            }
            String path = "/api/auth/staff/accounts/" + worker.id() + "/password";

            Response fromOutside = http().put(path, outsider, Map.of("newPassword", "reset-by-admin-1"));
            Response weak = http().put(path, admin, Map.of("newPassword", "tiny"));
            Response reset = http().put(path, admin, Map.of("newPassword", "reset-by-admin-1"));

            assertProblem(fromOutside, 404, "staff-account.not-found");
            assertProblem(weak, 422, "staff.weak-password");
            assertThat(reset.status()).isEqualTo(204);
            assertThat(refresh(session).status()).isEqualTo(401);
            assertThat(login(worker.username(), "reset-by-admin-1").status()).isEqualTo(200);
        }
    }

    private Response refresh(Response login) {
        return http().post(
                        "/api/auth/refresh",
                        null,
                        Map.of("refreshToken", login.json().get("refreshToken").asString()));
    }

    private Response create(String token, Map<String, Object> body) {
        return http().post("/api/auth/staff/accounts", token, body);
    }

    private static Map<String, Object> body(
            String username, String password, String displayName, Role role, OrgUnitView unit) {
        return Map.of(
                "username", username,
                "password", password,
                "displayName", displayName,
                "role", role.name(),
                "orgUnitId", unit.id());
    }

    private JsonNode list(String token, int page, int size) {
        Response response = http().get("/api/auth/staff/accounts?page=" + page + "&size=" + size, token);
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private long staffCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM staff_account", Long.class);
    }

    private static void assertProblem(Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().get("code").asString()).isEqualTo(code);
    }
}
