package org.linli.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which paths are public, and the coarse staff-only rule. */
class AccessRulesIT extends AbstractGatewayIT {

    @Nested
    class PublicPaths {

        @ParameterizedTest
        @ValueSource(strings = {"/api/auth/wx/login", "/api/auth/staff/login", "/api/auth/refresh"})
        void loginAndRefreshNeedNoToken(String path) throws Exception {
            HttpResponse<String> response = client.post(path, null, "{}");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(organization.next().path()).isEqualTo(path);
        }

        @Test
        void theSigningKeysNeedNoToken() throws Exception {
            assertThat(client.get("/api/auth/jwks", null).statusCode()).isEqualTo(200);
        }

        @Test
        void refreshingWithAStaleAccessTokenInTheHeaderStillReachesTheService() throws Exception {
            HttpResponse<String> response = client.post("/api/auth/refresh", Tokens.expired(), "{}");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(organization.next().path()).isEqualTo("/api/auth/refresh");
        }

        @Test
        void theOldLoginPathIsNoLongerPublic() throws Exception {
            assertProblem(client.post("/api/auth/login/wechat", null, "{}"), 401, "auth.unauthenticated");
        }
    }

    @Nested
    class StaffOnlyPaths {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "/api/org/units/7/imports/households",
                    "/api/org/units/7/imports/residents",
                    "/api/org/units/7/imports/party-members",
                    "/api/org/units/7/exports/households",
                    "/api/org/units/7/exports/residents",
                    "/api/org/units/7/exports/party-members",
                    "/api/org/units/7/coverage",
                    "/api/org/access-audit",
                    "/api/org/people/12/name",
                    "/api/org/events/dead-letters",
                    "/api/org/events/dead-letters/1767225600000-0/replay",
                    "/api/auth/staff/accounts",
                    "/api/auth/staff/accounts/12"
                })
        void aResidentIsRefused(String path) throws Exception {
            HttpResponse<String> response = client.get(path, Tokens.resident());

            assertProblem(response, 403, "auth.forbidden");
            assertThat(organization.untouched()).isTrue();
        }

        @Test
        void aTokenWithoutRolesIsRefused() throws Exception {
            assertProblem(
                    client.get(
                            "/api/org/units/7/exports/residents",
                            Tokens.token().roles().mint()),
                    403,
                    "auth.forbidden");
        }

        @ParameterizedTest
        @ValueSource(strings = {"GRID_WORKER", "PROPERTY_STAFF", "COMMUNITY_ADMIN", "STREET_ADMIN", "SYSTEM_ADMIN"})
        void staffPass(String role) throws Exception {
            HttpResponse<String> response = client.get(
                    "/api/org/units/7/exports/residents",
                    Tokens.token().roles(role).mint());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(organization.next().path()).isEqualTo("/api/org/units/7/exports/residents");
        }

        @Test
        void withoutATokenItIsStillA401() throws Exception {
            assertProblem(client.get("/api/org/units/7/exports/residents", null), 401, "auth.unauthenticated");
        }

        @ParameterizedTest
        @ValueSource(strings = {"/api/org/households/7/party-members", "/api/org/units/7", "/api/org/units/7/children"})
        void aResidentKeepsTheOtherPaths(String path) throws Exception {
            assertThat(client.get(path, Tokens.resident()).statusCode()).isEqualTo(200);
            assertThat(organization.next().path()).isEqualTo(path);
        }
    }
}
