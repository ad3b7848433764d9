package org.linli.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linli.platform.core.token.Role;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

class CallerTest {

    @Test
    void staffSeeTheirOwnSubtreeOnly() {
        Caller admin = new Caller(7, null, Set.of(Role.COMMUNITY_ADMIN), 4L, "/1/2/4/");

        assertThat(admin.sees("/1/2/4/")).isTrue();
        assertThat(admin.sees("/1/2/4/17/230/")).isTrue();
        assertThat(admin.sees("/1/2/5/")).isFalse();
        assertThat(admin.sees("/1/2/")).as("not the parent").isFalse();
        assertThat(admin.sees("/1/2/40/")).as("a sibling whose id starts alike").isFalse();
    }

    @Test
    void residentsHaveNoOrgScope() {
        Caller resident = new Caller(9, 33L, Set.of(Role.RESIDENT), null, null);

        assertThat(resident.sees("/1/")).isFalse();
        assertThat(resident.isStaff()).isFalse();
    }

    @Test
    void aSystemAdminSeesEverything() {
        assertThat(new Caller(1, null, Set.of(Role.SYSTEM_ADMIN), null, null).sees("/9/9/"))
                .isTrue();
    }

    @Test
    void aServiceTokenIsAClientWithItsGrantsAndNoScope() {
        Caller service = Callers.toCaller(
                "service:requests",
                Map.of("roles", List.of("SERVICE"), "client_id", "requests", "scope", "org.lookups  org.units"));

        assertThat(service.isService()).isTrue();
        assertThat(service.client()).isEqualTo("requests");
        assertThat(service.mayDo("org.lookups")).isTrue();
        assertThat(service.mayDo("org.people")).isFalse();
        assertThat(service.isStaff()).isFalse();
        assertThat(service.sees("/1/"))
                .as("a service has no org scope of its own")
                .isFalse();
    }

    @Test
    void aPersonNeverHoldsGrantsNorTheServiceRole() {
        Caller resident = new Caller(9, 33L, Set.of(Role.RESIDENT), null, null);
        assertThat(resident.mayDo("org.lookups")).isFalse();

        assertThatThrownBy(() -> Callers.toCaller("9", Map.of("roles", List.of("RESIDENT", "SERVICE"))))
                .isInstanceOf(OAuth2AuthenticationException.class);
        assertThatThrownBy(() -> Callers.toCaller(
                        "service:x", Map.of("roles", List.of("SERVICE", "SYSTEM_ADMIN"), "client_id", "x")))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }
}
