package org.linli.organization.serviceclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.organization.ServiceClientsForTests.ELSEWHERE;
import static org.linli.organization.ServiceClientsForTests.NOTIFY;
import static org.linli.organization.ServiceClientsForTests.REQUESTS;
import static org.linli.organization.ServiceClientsForTests.tokenRequest;

import com.nimbusds.jwt.JWTClaimsSet;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.linli.organization.AbstractIT;
import org.linli.organization.RegistryFixtures.Tree;
import org.linli.organization.Residents;
import org.linli.organization.ServiceClientsForTests;
import org.linli.organization.ServiceClientsForTests.Answer;
import org.linli.organization.ServiceClientsForTests.Client;
import org.linli.organization.partymember.dto.PartyMemberView;
import org.linli.testing.Http.Response;
import org.springframework.http.HttpMethod;

/** svc-organization issues SERVICE tokens to registered clients, and what such a token may reach. */
class ServiceTokenIT extends AbstractIT {

    private static final Map<String, String> CLIENT_CREDENTIALS = Map.of("grant_type", "client_credentials");

    @Nested
    class Issuing {

        @Test
        void aRegisteredClientGetsAShortLivedServiceTokenLimitedToItsGrants() {
            Answer answer = tokenRequest(port, REQUESTS.basic(), CLIENT_CREDENTIALS);

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.header("Cache-Control")).contains("no-store");
            assertThat(answer.json().get("token_type").asString()).isEqualTo("Bearer");
            assertThat(answer.json().get("expires_in").asLong()).isEqualTo(300);
            assertThat(answer.json().get("scope").asString()).isEqualTo("org.lookups");
            JWTClaimsSet claims =
                    Residents.claims(answer.json().get("access_token").asString());
            assertThat(claims.getSubject()).isEqualTo("service:requests");
            assertThat(claims.getClaim("client_id")).isEqualTo("requests");
            assertThat(claims.getClaim("roles")).isEqualTo(List.of("SERVICE"));
            assertThat(claims.getClaim("scope")).isEqualTo("org.lookups");
            assertThat(claims.getAudience()).containsExactly("svc-organization");
            assertThat(claims.getClaim("sid")).isNull();
            assertThat(claims.getExpirationTime().getTime()
                            - claims.getIssueTime().getTime())
                    .isEqualTo(300_000);
        }

        @Test
        void theClientMayAuthenticateInTheFormInsteadAndAskForItsGrantByName() {
            Answer answer = tokenRequest(
                    port,
                    null,
                    Map.of(
                            "grant_type",
                            "client_credentials",
                            "client_id",
                            REQUESTS.id(),
                            "client_secret",
                            REQUESTS.secret(),
                            "scope",
                            "org.lookups"));

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().get("scope").asString()).isEqualTo("org.lookups");
        }

        @Test
        void aWrongSecretAndAnUnknownClientAreRefusedAlike() {
            Answer wrong = tokenRequest(port, Client.basic(REQUESTS.id(), NOTIFY.secret()), CLIENT_CREDENTIALS);
            Answer unknown = tokenRequest(port, Client.basic("intruder", REQUESTS.secret()), CLIENT_CREDENTIALS);

            for (Answer answer : List.of(wrong, unknown)) {
                assertThat(answer.status()).isEqualTo(401);
                assertThat(answer.header("WWW-Authenticate")).startsWith("Basic");
                assertThat(answer.json().get("error").asString()).isEqualTo("invalid_client");
                assertThat(answer.json().get("code").asString()).isEqualTo("oauth2.invalid-client");
                assertThat(answer.body()).doesNotContain("access_token");
            }
            assertThat(wrong.body()).isEqualTo(unknown.body());
        }

        @Test
        void aGrantTheClientWasNotRegisteredWithIsRefused() {
            Answer answer = tokenRequest(
                    port,
                    REQUESTS.basic(),
                    Map.of("grant_type", "client_credentials", "scope", "org.lookups org.admin"));

            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.json().get("error").asString()).isEqualTo("invalid_scope");
            assertThat(answer.json().get("error_description").asString()).contains("org.admin");
        }

        @Test
        void malformedRequestsAreRefusedWithTheirOAuthError() {
            assertThat(tokenRequest(port, REQUESTS.basic(), Map.of())
                            .json()
                            .get("error")
                            .asString())
                    .isEqualTo("invalid_request");
            assertThat(tokenRequest(port, REQUESTS.basic(), Map.of("grant_type", "password"))
                            .json()
                            .get("error")
                            .asString())
                    .isEqualTo("unsupported_grant_type");
            Answer twoWays = tokenRequest(
                    port,
                    REQUESTS.basic(),
                    Map.of("grant_type", "client_credentials", "client_id", "requests", "client_secret", "x"));
            assertThat(twoWays.status()).isEqualTo(400);
            assertThat(twoWays.json().get("error").asString()).isEqualTo("invalid_request");
            assertThat(tokenRequest(port, null, CLIENT_CREDENTIALS).status()).isEqualTo(401);
            assertThat(tokenRequest(port, "Basic not-base64!", CLIENT_CREDENTIALS)
                            .status())
                    .isEqualTo(401);
        }

        @Test
        void aSecretInTheUrlIsRefused() {
            Response answer = http().exchange(
                            HttpMethod.POST,
                            "/oauth2/token?client_id=requests&client_secret=" + REQUESTS.secret(),
                            null,
                            null,
                            Map.of("Content-Type", "application/x-www-form-urlencoded"));

            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.json().get("error").asString()).isEqualTo("invalid_request");
        }

        @Test
        void theEndpointIsNotInThePublicApiDocument() {
            Response docs = http().get("/v3/api-docs", null);

            assertThat(docs.status()).isEqualTo(200);
            assertThat(docs.text()).contains("/api/org/households/{householdId}/party-members");
            assertThat(docs.text()).doesNotContain("/oauth2/token");
        }
    }

    @Nested
    class Lookups {

        @Test
        void aServiceWithTheLookupsGrantReadsEveryScope() {
            Tree one = fixtures.tree(1);
            Tree other = fixtures.tree(1);
            PartyMemberView member = fixtures.member(fixtures.compoundBranch(other), "覃海");
            fixtures.link(other.households()[0], member.id());
            String token = ServiceClientsForTests.token(port, REQUESTS);

            Response household = http().get("/api/org/households/" + other.households()[0] + "/party-members", token);
            Response households = http().get("/api/org/party-members/" + member.id() + "/households", token);
            Response empty = http().get("/api/org/households/" + one.households()[0] + "/party-members", token);

            assertThat(household.status()).isEqualTo(200);
            assertThat(household.json().get(0).get("memberId").asLong()).isEqualTo(member.id());
            assertThat(households.status()).isEqualTo(200);
            assertThat(households.json().get(0).get("householdId").asLong()).isEqualTo(other.households()[0]);
            assertThat(empty.status()).isEqualTo(200);
            assertThat(empty.json()).isEmpty();
            assertThat(http().get("/api/org/households/987654321/party-members", token)
                            .json()
                            .get("code")
                            .asString())
                    .isEqualTo("household.not-found");
        }

        @Test
        void aServiceWithoutTheGrantIsRefused() {
            Tree tree = fixtures.tree(1);
            String token = ServiceClientsForTests.token(port, NOTIFY);

            Response answer = http().get("/api/org/households/" + tree.households()[0] + "/party-members", token);

            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.json().get("code").asString()).isEqualTo("auth.grant-missing");
        }

        @Test
        void aServiceTokenIssuedForAnotherServiceIsRefused() {
            Tree tree = fixtures.tree(1);
            String token = ServiceClientsForTests.token(port, ELSEWHERE);

            Response answer = http().get("/api/org/households/" + tree.households()[0] + "/party-members", token);

            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.text()).doesNotContain("memberId");
        }

        @Test
        void aServiceTokenWithATamperedScopeIsRefused() {
            Tree tree = fixtures.tree(1);
            String[] parts = ServiceClientsForTests.token(port, NOTIFY).split("\\.");
            String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                    .replace("\"notify.inbox\"", "\"org.lookups\"");
            assertThat(payload).contains("org.lookups");
            String forged = parts[0] + "."
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                    + "." + parts[2];

            Response answer = http().get("/api/org/households/" + tree.households()[0] + "/party-members", forged);

            assertThat(answer.status()).isEqualTo(401);
        }
    }

    /** Endpoints are written for people: a SERVICE token reaches none that was not opened to services. */
    @Test
    void aServiceTokenReachesNoOtherEndpoint() {
        Tree tree = fixtures.tree(1);
        String token = ServiceClientsForTests.token(port, REQUESTS);
        long household = tree.households()[0];
        List<Object[]> endpoints = List.of(
                new Object[] {HttpMethod.GET, "/api/org/me/households", null},
                new Object[] {HttpMethod.GET, "/api/org/households/" + household, null},
                new Object[] {
                    HttpMethod.GET,
                    "/api/org/households?under=" + tree.community().id(),
                    null
                },
                new Object[] {
                    HttpMethod.GET, "/api/org/units/" + tree.community().id(), null
                },
                new Object[] {HttpMethod.GET, "/api/org/access-audit", null},
                new Object[] {HttpMethod.GET, "/api/auth/staff/me", null},
                new Object[] {HttpMethod.GET, "/api/auth/consent", null},
                new Object[] {HttpMethod.POST, "/api/auth/consent", Map.of("policyVersion", "2026-01")},
                new Object[] {HttpMethod.GET, "/api/auth/real-name", null},
                new Object[] {HttpMethod.GET, "/api/auth/household-applications", null},
                new Object[] {HttpMethod.POST, "/api/auth/logout", null});

        for (Object[] endpoint : endpoints) {
            Response answer =
                    http().exchange((HttpMethod) endpoint[0], (String) endpoint[1], token, endpoint[2], Map.of());
            assertThat(answer.status()).as(endpoint[0] + " " + endpoint[1]).isEqualTo(403);
            assertThat(answer.json().get("code").asString())
                    .as(endpoint[0] + " " + endpoint[1])
                    .isEqualTo("auth.service-not-allowed");
        }
    }
}
