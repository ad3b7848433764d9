package org.linli.requests.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linli.platform.core.token.Role;
import org.linli.platform.error.DomainException;
import org.linli.platform.security.Caller;

/** Whose requests a caller's statistics count. */
class StatisticsAreaTest {

    private static Caller staff(Role role, String path) {
        return new Caller(1, null, Set.of(role), 3L, path);
    }

    @Test
    void withoutAUnitItIsTheCallersOwnSubtree() {
        assertThat(StatisticsArea.of(staff(Role.COMMUNITY_ADMIN, "/1/2/3/"), null))
                .isEqualTo(new StatisticsArea("/1/2/3/", false));
        assertThat(StatisticsArea.of(staff(Role.SYSTEM_ADMIN, "/"), null)).isEqualTo(new StatisticsArea("/", false));
    }

    @Test
    void aUnitInsideNarrowsIt() {
        assertThat(StatisticsArea.of(staff(Role.STREET_ADMIN, "/1/2/"), "/1/2/3/")
                        .pathPrefix())
                .isEqualTo("/1/2/3/");
        assertThat(StatisticsArea.of(staff(Role.GRID_WORKER, "/1/2/3/"), "/1/2/3/")
                        .pathPrefix())
                .isEqualTo("/1/2/3/");
        assertThat(StatisticsArea.of(staff(Role.SYSTEM_ADMIN, "/"), "/9/").pathPrefix())
                .isEqualTo("/9/");
    }

    @Test
    void aUnitOutsideOrAboveIsNotFound() {
        for (String outside : new String[] {"/1/2/5/", "/1/2/", "/", "/1/2/30/"}) {
            assertThatThrownBy(() -> StatisticsArea.of(staff(Role.COMMUNITY_ADMIN, "/1/2/3/"), outside))
                    .as(outside)
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.status().value()).isEqualTo(404);
                        assertThat(e.code()).isEqualTo("org-unit.not-found");
                    });
        }
    }

    @Test
    void propertyStaffCountOnlyWhatIsDispatchedToTheirCompany() {
        assertThat(StatisticsArea.of(staff(Role.PROPERTY_STAFF, "/1/2/3/40/"), null))
                .isEqualTo(new StatisticsArea("/1/2/3/40/", true));
        assertThat(StatisticsArea.of(staff(Role.GRID_WORKER, "/1/2/3/"), null).propertyOnly())
                .isFalse();
    }

    @Test
    void aPathNamesTheUnitItEndsWith() {
        assertThat(StatisticsArea.unitIdOf("/1/2/3/40/")).isEqualTo(40L);
        assertThat(StatisticsArea.unitIdOf("/9/")).isEqualTo(9L);
        assertThat(StatisticsArea.unitIdOf("/")).isNull();
    }
}
