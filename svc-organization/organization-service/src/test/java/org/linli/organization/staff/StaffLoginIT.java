package org.linli.organization.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.linli.organization.RegistryFixtures.Tree;
import org.linli.platform.core.token.Role;
import org.linli.testing.Http.Response;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Staff sign-in as the console sees it: tokens, equal answers for every bad guess, and the lockout. */
class StaffLoginIT extends AbstractStaffIT {

    @Nested
    class SigningIn {

        @Test
        void aStaffMemberSignsInWithATokenForTheirRoleAndScopeThatTheRegistryAccepts() throws Exception {
            Tree tree = fixtures.tree(1);
            Tree elsewhere = fixtures.tree(0);
            Staff admin = staff(Role.COMMUNITY_ADMIN, tree.community());

            Response response = login(admin.username(), admin.password());

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.headers().getCacheControl()).contains("no-store");
            assertThat(response.json().get("role").asString()).isEqualTo("COMMUNITY_ADMIN");
            assertThat(response.json().get("orgUnitId").asLong())
                    .isEqualTo(tree.community().id());
            assertThat(response.json().get("tokenType").asString()).isEqualTo("Bearer");
            assertThat(response.json().get("expiresIn").asLong()).isEqualTo(600);
            assertThat(response.json().get("refreshToken").asString()).isNotBlank();
            String token = response.json().get("accessToken").asString();
            var claims = claims(token);
            assertThat(claims.getSubject()).isEqualTo(String.valueOf(admin.id()));
            assertThat(claims.getStringListClaim("roles")).containsExactly("COMMUNITY_ADMIN");
            assertThat(claims.getLongClaim("org")).isEqualTo(tree.community().id());
            assertThat(claims.getStringClaim("org_path"))
                    .isEqualTo(tree.community().path());
            assertThat(claims.getStringClaim("sid")).isNotBlank();

            // the service's own endpoints take the token, within its scope only
            assertThat(http().get("/api/org/units/" + tree.compound().id(), token)
                            .status())
                    .isEqualTo(200);
            assertThat(http().get("/api/org/households/" + tree.households()[0], token)
                            .status())
                    .isEqualTo(200);
            assertThat(http().get("/api/org/units/" + elsewhere.community().id(), token)
                            .status())
                    .isEqualTo(404);
            assertThat(http().get("/api/org/units/" + tree.street().id(), token).status())
                    .isEqualTo(404);
            // and the session renews like any other
            Response refreshed = http().post(
                            "/api/auth/refresh",
                            null,
                            Map.of(
                                    "refreshToken",
                                    response.json().get("refreshToken").asString()));
            assertThat(refreshed.status()).isEqualTo(200);
            assertThat(claims(refreshed.json().get("accessToken").asString()).getStringClaim("org_path"))
                    .isEqualTo(tree.community().path());
        }

        @Test
        void usernamesIgnoreCaseAndSurroundingSpaces() {
            Staff worker = staff(Role.GRID_WORKER, fixtures.tree(0).grid());

            Response response = login("  " + worker.username().toUpperCase() + " ", worker.password());

            assertThat(response.status()).isEqualTo(200);
        }

        @Test
        void fullWidthAndOtherCompatibleSpellingsSignInToTheSameAccount() {
            Staff clerk = staff(Role.GRID_WORKER, fixtures.tree(0).grid(), uniqueUsername("desk"));
            List<String> spellings = concat(
                    sameAccountSpellings(clerk.username()),
                    List.of(
                            "\u3000" + clerk.username() + "\u3000", // ideographic spaces
                            "\uD835\uDC1D" + clerk.username().substring(1))); // MATHEMATICAL BOLD SMALL D

            SoftAssertions softly = new SoftAssertions();
            for (String spelling : spellings) {
                Response response = login(spelling, clerk.password());
                softly.assertThat(response.status()).as(spelling).isEqualTo(200);
                if (response.status() == 200) {
                    softly.assertThat(subjectOf(response)).as(spelling).isEqualTo(String.valueOf(clerk.id()));
                }
            }
            softly.assertAll();
        }

        @Test
        void anAccentedLookAlikeOfAnAccountIsAnUnknownUsernameEvenWithTheRightPassword() {
            Staff clerk = staff(Role.GRID_WORKER, fixtures.tree(0).grid(), uniqueUsername("desk"));
            Response unknown = login(uniqueUsername("nobody"), clerk.password());

            SoftAssertions softly = new SoftAssertions();
            for (String lookAlike : concat(
                    accentedLookAlikes(clerk.username()),
                    List.of(clerk.username().replaceFirst("s", "\u0161")))) {
                Response response = login(lookAlike, clerk.password());
                softly.assertThat(response.status()).as(lookAlike).isEqualTo(401);
                softly.assertThat(response.text()).as(lookAlike).isEqualTo(unknown.text());
            }
            softly.assertAll();
            // and the account itself was not touched: no failure counted against it
            assertThat(failuresOf(clerk)).isZero();
            assertThat(login(clerk.username(), clerk.password()).status()).isEqualTo(200);
        }

        @Test
        void aWrongPasswordAndAnUnknownUsernameGetTheSameAnswer() {
            Staff worker = staff(Role.GRID_WORKER, fixtures.tree(0).grid());

            Response wrongPassword = login(worker.username(), "not-the-password");
            Response unknownUser =
                    login("nobody-" + UUID.randomUUID().toString().substring(0, 8), "not-the-password");
            Response lookAlike = login(worker.username().replaceFirst("i", "\u00ED"), "not-the-password");

            assertThat(wrongPassword.status()).isEqualTo(401);
            assertThat(unknownUser.status()).isEqualTo(401);
            assertThat(wrongPassword.json().get("code").asString()).isEqualTo("auth.bad-credentials");
            assertThat(unknownUser.json()).isEqualTo(wrongPassword.json());
            assertThat(unknownUser.headers().headerNames())
                    .containsExactlyInAnyOrderElementsOf(wrongPassword.headers().headerNames());
            assertThat(lookAlike.status()).isEqualTo(401);
            assertThat(lookAlike.json()).isEqualTo(wrongPassword.json());
            assertThat(lookAlike.headers().headerNames())
                    .containsExactlyInAnyOrderElementsOf(wrongPassword.headers().headerNames());
        }

        @Test
        void aWrongPasswordAndAnUnknownUsernameTakeAboutTheSameTime() {
            Staff worker = staff(Role.GRID_WORKER, fixtures.tree(0).grid());
            List<Long> known = new ArrayList<>();
            List<Long> unknown = new ArrayList<>();
            List<Long> outsideAlphabet = new ArrayList<>();
            for (int round = 0; round < 12; round++) {
                if (round % 3 == 0) {
                    // a success ends the streak, so the known account never locks during the measurement
                    assertThat(login(worker.username(), worker.password()).status())
                            .isEqualTo(200);
                }
                known.add(timed(() -> login(worker.username(), "wrong-password")));
                unknown.add(timed(() -> login(uniqueUsername("ghost"), "wrong-password")));
                // a name no account can have (it is not even looked up) still costs a hash
                outsideAlphabet.add(timed(() -> login(uniqueUsername("gh\u00F6st"), "wrong-password")));
            }

            // without the dummy hash an unknown username answers in a small fraction of the time
            double ratio = (double) median(unknown.subList(2, 12)) / median(known.subList(2, 12));
            assertThat(ratio).as("unknown/known median time").isBetween(0.5, 2.0);
            double outsideRatio = (double) median(outsideAlphabet.subList(2, 12)) / median(known.subList(2, 12));
            assertThat(outsideRatio)
                    .as("outside-the-alphabet/known median time")
                    .isBetween(0.5, 2.0);
        }

        @Test
        void aDisabledAccountCannotSignIn() {
            Tree tree = fixtures.tree(0);
            Staff worker = staff(Role.GRID_WORKER, tree.grid());
            staffAccounts.disable(ROOT, worker.id());

            Response right = login(worker.username(), worker.password());
            Response wrong = login(worker.username(), "not-the-password");

            assertThat(right.status()).isEqualTo(403);
            assertThat(right.json().get("code").asString()).isEqualTo("account.disabled");
            assertThat(wrong.status()).isEqualTo(401);
        }

        @Test
        void aHashFromAnOlderAlgorithmIsReplacedAtTheNextSignIn() {
            Staff worker = staff(Role.GRID_WORKER, fixtures.tree(0).grid());
            jdbc.update(
                    "UPDATE staff_account SET password_hash = ? WHERE account_id = ?",
                    "{bcrypt}" + new BCryptPasswordEncoder().encode(worker.password()),
                    worker.id());

            assertThat(login(worker.username(), worker.password()).status()).isEqualTo(200);

            assertThat(storedHash(worker)).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
            assertThat(login(worker.username(), worker.password()).status()).isEqualTo(200);
        }

        @Test
        void passwordsAreStoredAsArgon2idHashes() {
            Staff worker = staff(Role.GRID_WORKER, fixtures.tree(0).grid());

            assertThat(storedHash(worker)).startsWith("{argon2}$argon2id$").doesNotContain(worker.password());
        }

        @Test
        void anIncompleteSignInIsRefusedNamingTheField() {
            Response response =
                    http().post("/api/auth/staff/login", null, Map.of("username", " ", "password", "whatever"));

            assertThat(response.status()).isEqualTo(422);
            assertThat(response.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("username");
        }

        private String storedHash(Staff worker) {
            return jdbc.queryForObject(
                    "SELECT password_hash FROM staff_account WHERE account_id = ?", String.class, worker.id());
        }
    }

    @Nested
    class Lockout {

        @Test
        void fiveFailuresInARowLockTheUsernameEvenAgainstTheRightPassword() {
            Staff worker = staff(Role.GRID_WORKER, fixtures.tree(0).grid());
            for (int i = 0; i < 4; i++) {
                assertThat(login(worker.username(), "wrong-" + i).status()).isEqualTo(401);
            }

            Response fifth = login(worker.username(), "wrong-4");
            Response right = login(worker.username(), worker.password());

            assertThat(fifth.status()).isEqualTo(423);
            assertThat(fifth.json().get("code").asString()).isEqualTo("auth.locked");
            assertThat(right.status()).isEqualTo(423);
            assertThat(right.json().get("code").asString()).isEqualTo("auth.locked");
            assertThat(Long.parseLong(right.headers().getFirst("Retry-After"))).isBetween(890L, 900L);
            assertThat(failuresOf(worker)).isEqualTo(5);
        }

        @Test
        void theLockEndsAfterItsPeriod() {
            Staff worker = staff(Role.GRID_WORKER, fixtures.tree(0).grid());
            for (int i = 0; i < 5; i++) {
                login(worker.username(), "wrong-" + i);
            }

            clock.advance(Duration.ofMinutes(14));
            Response stillLocked = login(worker.username(), worker.password());
            clock.advance(Duration.ofMinutes(1).plusSeconds(1));
            Response unlocked = login(worker.username(), worker.password());

            assertThat(stillLocked.status()).isEqualTo(423);
            assertThat(Long.parseLong(stillLocked.headers().getFirst("Retry-After")))
                    .isBetween(50L, 60L);
            assertThat(unlocked.status()).isEqualTo(200);
            assertThat(failuresOf(worker)).isZero();
        }

        @Test
        void aSuccessEndsTheStreak() {
            Staff worker = staff(Role.GRID_WORKER, fixtures.tree(0).grid());
            for (int i = 0; i < 4; i++) {
                login(worker.username(), "wrong-" + i);
            }
            assertThat(login(worker.username(), worker.password()).status()).isEqualTo(200);

            for (int i = 0; i < 4; i++) {
                assertThat(login(worker.username(), "wrong-" + i).status()).isEqualTo(401);
            }
            assertThat(failuresOf(worker)).isEqualTo(4);
        }

        @Test
        void failuresFarApartDoNotAddUp() {
            Staff worker = staff(Role.GRID_WORKER, fixtures.tree(0).grid());
            for (int i = 0; i < 4; i++) {
                login(worker.username(), "wrong-" + i);
            }

            clock.advance(Duration.ofMinutes(16));
            Response next = login(worker.username(), "wrong-again");

            assertThat(next.status()).isEqualTo(401);
            assertThat(failuresOf(worker)).isEqualTo(1);
        }

        @Test
        void concurrentFailuresAreCountedExactlyAndNoMoreThanFivePasswordsAreTried() throws Exception {
            Staff worker = staff(Role.GRID_WORKER, fixtures.tree(0).grid());

            List<Response> firstWave = concurrently(4, i -> login(worker.username(), "wrong-a" + i));
            assertThat(firstWave).extracting(Response::status).containsOnly(401);
            assertThat(failuresOf(worker)).isEqualTo(4);

            List<Response> secondWave = concurrently(8, i -> login(worker.username(), "wrong-b" + i));
            assertThat(secondWave).extracting(Response::status).containsOnly(423);
            assertThat(failuresOf(worker)).isEqualTo(5);
            assertThat(login(worker.username(), worker.password()).status()).isEqualTo(423);
        }

        @Test
        void everySpellingOfAUsernameCountsTowardsTheSameFiveTries() {
            Staff clerk = staff(Role.GRID_WORKER, fixtures.tree(0).grid(), uniqueUsername("desk"));

            Response fifth = failFiveTimes(sameAccountSpellings(clerk.username()));

            assertThat(fifth.status()).isEqualTo(423);
            assertThat(login(clerk.username(), clerk.password()).status()).isEqualTo(423);
            assertThat(failuresOf(clerk)).isEqualTo(5);
        }

        @Test
        void whileAUsernameIsLockedNoLookAlikeOfItSignsInWithTheRightPassword() {
            Staff clerk = staff(Role.GRID_WORKER, fixtures.tree(0).grid(), uniqueUsername("desk"));
            for (int i = 0; i < 5; i++) {
                login(clerk.username(), "wrong-" + i);
            }

            SoftAssertions softly = new SoftAssertions();
            for (String spelling : sameAccountSpellings(clerk.username())) {
                softly.assertThat(login(spelling, clerk.password()).status())
                        .as(spelling)
                        .isEqualTo(423);
            }
            // accented letters make other usernames, which no account has: the answer to a wrong guess
            for (String lookAlike : accentedLookAlikes(clerk.username())) {
                Response response = login(lookAlike, clerk.password());
                softly.assertThat(response.status()).as(lookAlike).isEqualTo(401);
                softly.assertThat(response.text()).as(lookAlike).contains("auth.bad-credentials");
            }
            softly.assertAll();
            // refused while locked, so no password was tried against the account and nothing more was counted
            assertThat(failuresOf(clerk)).isEqualTo(5);
            // é, e + U+0301 and É are one unknown username, ë another
            assertThat(failuresOfUnknown(clerk.username().replaceFirst("e", "\u00E9")))
                    .isEqualTo(3);
        }

        @Test
        void spellingsOfAnUnknownUsernameShareItsFiveTriesToo() {
            String ghost = uniqueUsername("ghost");
            List<String> spellings = List.of(
                    ghost, fullWidth(ghost), ghost.toUpperCase(), " " + ghost + " ", ghost.replace('s', '\u017F'));

            Response fifth = failFiveTimes(spellings);

            assertThat(fifth.status()).isEqualTo(423);
            assertThat(failuresOfUnknown(ghost)).isEqualTo(5);
        }

        @Test
        void unknownUsernamesLockLikeKnownOnes() {
            String ghost = uniqueUsername("ghost");
            for (int i = 0; i < 4; i++) {
                assertThat(login(ghost, "wrong-" + i).status()).isEqualTo(401);
            }

            Response fifth = login(ghost, "wrong-4");

            assertThat(fifth.status()).isEqualTo(423);
            assertThat(fifth.headers().getFirst("Retry-After")).isNotBlank();
        }

        @Test
        void attemptsAreCountedUnderAKeyedHashNotTheUsername() {
            String typedByMistake = "my-Secret-" + UUID.randomUUID();
            login(typedByMistake, "whatever");

            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM staff_login_attempt WHERE username_hash LIKE ?",
                            Long.class,
                            "%" + typedByMistake.toLowerCase() + "%"))
                    .isZero();
            assertThat(failuresOfUnknown(typedByMistake)).isEqualTo(1);
        }
    }

    /** Five wrong passwords, each with the next of five spellings: the first four answer 401; the fifth's answer. */
    private Response failFiveTimes(List<String> spellings) {
        for (int i = 0; i < 4; i++) {
            assertThat(login(spellings.get(i), "wrong-" + i).status())
                    .as(spellings.get(i))
                    .isEqualTo(401);
        }
        return login(spellings.get(4), "wrong-4");
    }

    /** Other ways of typing {@code username} (lower-case ASCII with a 'k' and an 's') that name its account. */
    private static List<String> sameAccountSpellings(String username) {
        return List.of(
                fullWidth(username),
                username.replace('s', '\u017F'), // LATIN SMALL LETTER LONG S
                username.replace('k', '\u212A'), // KELVIN SIGN
                "  " + username.toUpperCase() + "\t",
                username.substring(0, 2).toUpperCase() + username.substring(2));
    }

    private static String subjectOf(Response login) {
        try {
            return claims(login.json().get("accessToken").asString()).getSubject();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Usernames that look like {@code username} (which has an 'e') but have an accented letter. */
    private static List<String> accentedLookAlikes(String username) {
        return List.of(
                username.replaceFirst("e", "\u00E9"), // é
                username.replaceFirst("e", "\u00EB"), // ë
                username.replaceFirst("e", "e\u0301"), // e and a combining acute accent
                username.toUpperCase().replaceFirst("E", "\u00C9")); // É
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    private List<Response> concurrently(int n, IntFunction<Response> attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return attempt.apply(index);
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long timed(Runnable action) {
        long started = System.nanoTime();
        action.run();
        return System.nanoTime() - started;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
