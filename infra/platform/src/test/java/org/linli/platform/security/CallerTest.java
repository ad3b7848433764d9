package org.linli.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

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
}
