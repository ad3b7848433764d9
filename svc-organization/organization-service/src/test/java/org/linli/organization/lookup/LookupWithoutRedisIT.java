package org.linli.organization.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.linli.organization.AbstractIT;
import org.linli.organization.RegistryFixtures.Tree;
import org.linli.organization.partymember.dto.PartyMemberView;
import org.linli.organization.partyorg.dto.PartyOrgView;
import org.linli.testing.DisposableRedis;
import org.linli.testing.Http.Response;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** The lookups keep answering, correctly, while Redis is stopped, and stay correct once it is back. */
class LookupWithoutRedisIT extends AbstractIT {

    private static final DisposableRedis REDIS = DisposableRedis.start();

    // not a @DynamicPropertySource: AbstractIT's would run after it and put the shared Redis back
    @TestConfiguration
    static class OwnRedis {

        @Bean
        DynamicPropertyRegistrar ownRedis() {
            return registry -> registry.add("spring.data.redis.url", REDIS::url);
        }
    }

    @AfterAll
    static void stopRedis() {
        REDIS.close();
    }

    @Test
    void lookupsAnswerFromMysqlWhileRedisIsDownAndNothingStaleSurvivesItsReturn() throws Exception {
        Tree tree = fixtures.tree(1);
        PartyOrgView branch = fixtures.compoundBranch(tree);
        PartyMemberView before = fixtures.member(branch, "韩梅");
        PartyMemberView after = fixtures.member(branch, "李雷");
        long household = tree.households()[0];
        String lookup = "/api/org/households/" + household + "/party-members";
        String link = "/api/org/households/" + household + "/responsible-member";
        http().post(link, tree.communityAdmin(), Map.of("partyMemberId", before.id()));
        assertThat(memberShown(lookup, tree)).as("cached while Redis is up").isEqualTo(before.id());

        REDIS.down();
        try {
            assertThat(memberShown(lookup, tree)).as("answered from MySQL").isEqualTo(before.id());
            Response moved = http().put(link, tree.communityAdmin(), Map.of("partyMemberId", after.id()));
            assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
            assertThat(memberShown(lookup, tree))
                    .as("the change shows without Redis")
                    .isEqualTo(after.id());
        } finally {
            REDIS.up();
        }

        // Redis still holds the pre-change answer; it must not be served again
        Thread.sleep(2_100);
        assertThat(memberShown(lookup, tree)).isEqualTo(after.id());
        assertThat(memberShown(lookup, tree)).isEqualTo(after.id());
    }

    private long memberShown(String lookup, Tree tree) {
        Response response = http().get(lookup, tree.communityAdmin());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get(0).get("memberId").asLong();
    }
}
