package org.linli.organization.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.linli.organization.AbstractIT;
import org.linli.organization.RegistryFixtures.Tree;
import org.linli.organization.partymember.dto.PartyMemberView;
import org.linli.testing.DisposableRedis;
import org.linli.testing.Http.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** The service starts and serves while Redis is down, and uses Redis once it comes. */
class StartingWithoutRedisIT extends AbstractIT {

    private static final DisposableRedis REDIS = DisposableRedis.start();

    // not a @DynamicPropertySource: AbstractIT's would run after it and put the shared Redis back
    @TestConfiguration
    static class RedisThatIsDown {

        @Bean
        DynamicPropertyRegistrar redisThatIsDown() {
            REDIS.down();
            return registry -> registry.add("spring.data.redis.url", REDIS::url);
        }
    }

    @AfterAll
    static void stopRedis() {
        REDIS.close();
    }

    @Autowired
    StringRedisTemplate redis;

    @Test
    void answersFromMysqlFirstAndCachesOnceRedisIsUp() {
        Tree tree = fixtures.tree(1);
        PartyMemberView member = fixtures.member(fixtures.compoundBranch(tree), "夏雨");
        long household = tree.households()[0];
        Response linked = http().post(
                        "/api/org/households/" + household + "/responsible-member",
                        tree.communityAdmin(),
                        Map.of("partyMemberId", member.id()));
        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
        String lookup = "/api/org/households/" + household + "/party-members";

        assertThat(http().get(lookup, tree.communityAdmin())
                        .json()
                        .get(0)
                        .get("memberId")
                        .asLong())
                .isEqualTo(member.id());

        REDIS.up();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(http().get(lookup, tree.communityAdmin()).status()).isEqualTo(200);
            assertThat(redis.hasKey(LookupKeys.household(household))).isTrue();
        });
    }
}
