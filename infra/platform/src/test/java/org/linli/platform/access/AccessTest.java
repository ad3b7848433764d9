package org.linli.platform.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import org.linli.platform.core.token.Role;

class AccessTest {

    @StaffOnly
    static class Registry {

        public void list() {}

        @AdminsOnly(scope = "Their own community only.")
        public void restructure() {}

        @ResidentsAndStaff
        public void read() {}
    }

    static class Auth {

        @PublicEndpoint(
                value = {Audience.RESIDENTS, Audience.STAFF},
                why = "the refresh token is the credential.")
        public void refresh() {}

        @PublicEndpoint(
                value = {},
                why = "in-cluster only.")
        public void serviceToken() {}

        @ResidentsOnly
        @StaffOnly
        public void confused() {}

        public void forgotten() {}
    }

    @Test
    void aMethodWithoutItsOwnAnnotationTakesItsControllers() {
        Access access = Access.of(method(Registry.class, "list"));

        assertThat(access.audiences()).containsExactly(Audience.STAFF);
        assertThat(access.roles()).allMatch(Role::isStaff).contains(Role.GRID_WORKER, Role.SYSTEM_ADMIN);
        assertThat(access.open()).isFalse();
    }

    @Test
    void aMethodsOwnAnnotationWinsAndItsScopeReplacesTheDefault() {
        Access access = Access.of(method(Registry.class, "restructure"));

        assertThat(access.roles()).containsExactly(Role.COMMUNITY_ADMIN, Role.STREET_ADMIN, Role.SYSTEM_ADMIN);
        assertThat(access.scope()).isEqualTo("Their own community only.");
        assertThat(access.who()).contains("COMMUNITY_ADMIN");
    }

    @Test
    void residentsAndStaffBelongToBothGroups() {
        Access access = Access.of(method(Registry.class, "read"));

        assertThat(access.audiences()).containsExactlyInAnyOrder(Audience.RESIDENTS, Audience.STAFF);
        assertThat(access.roles()).contains(Role.RESIDENT, Role.STREET_ADMIN).doesNotContain(Role.SERVICE);
    }

    @Test
    void aPublicEndpointTakesNoTokenAndBelongsToTheGroupsItNames() {
        Access refresh = Access.of(method(Auth.class, "refresh"));
        Access serviceToken = Access.of(method(Auth.class, "serviceToken"));

        assertThat(refresh.open()).isTrue();
        assertThat(refresh.roles()).isEmpty();
        assertThat(refresh.who()).endsWith("the refresh token is the credential.");
        assertThat(serviceToken.audiences()).isEmpty();
    }

    @Test
    void twoAnnotationsOrNoneAreRefused() {
        assertThatThrownBy(() -> Access.of(method(Auth.class, "confused")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("more than one access annotation");
        assertThat(Access.find(method(Auth.class, "forgotten"))).isEmpty();
        assertThatThrownBy(() -> Access.of(method(Auth.class, "forgotten")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("says nowhere who may call it");
    }

    private static Method method(Class<?> type, String name) {
        try {
            return type.getMethod(name);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }
}
