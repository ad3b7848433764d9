package org.linli.organization.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linli.organization.AbstractIT;
import org.linli.organization.OrganizationApplication;
import org.linli.organization.RegistryFixtures.Tree;
import org.linli.organization.partymember.dto.PartyMemberView;
import org.linli.organization.partyorg.dto.PartyOrgView;
import org.linli.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/** Two instances of the service on one database and Redis: a change on one reaches the other's near cache. */
class LookupAcrossInstancesIT extends AbstractIT {

    private static ConfigurableApplicationContext second;

    @Autowired
    Environment env;

    @BeforeAll
    static void noSecondYet() {
        second = null;
    }

    @AfterAll
    static void stopSecond() {
        if (second != null) {
            second.close();
        }
    }

    private Http secondInstance() {
        if (second == null) {
            String[] args = Stream.of(
                            "spring.datasource.url",
                            "spring.datasource.username",
                            "spring.datasource.password",
                            "spring.data.redis.url",
                            "linli.pii.encryption-key",
                            "linli.pii.index-key",
                            "linli.security.public-key",
                            "linli.identity.tokens.signing-key")
                    .map(p -> "--" + p + "=" + env.getProperty(p, ""))
                    .toArray(String[]::new);
            second = new SpringApplicationBuilder(OrganizationApplication.class)
                    .run(Stream.concat(Stream.of(args), Stream.of("--server.port=0"))
                            .toArray(String[]::new));
        }
        int port = ((WebServerApplicationContext) second).getWebServer().getPort();
        return new Http("http://localhost:" + port);
    }

    @Test
    void aChangeMadeOnOneInstanceIsSeenOnTheOther() {
        Tree tree = fixtures.tree(1);
        PartyOrgView branch = fixtures.compoundBranch(tree);
        PartyMemberView before = fixtures.member(branch, "甲乙");
        PartyMemberView after = fixtures.member(branch, "丙丁");
        long household = tree.households()[0];
        String lookup = "/api/org/households/" + household + "/party-members";
        String link = "/api/org/households/" + household + "/responsible-member";
        Http other = secondInstance();
        assertThat(http().post(link, tree.communityAdmin(), Map.of("partyMemberId", before.id()))
                        .status())
                .isEqualTo(201);
        // both instances now hold the answer in their near caches
        assertThat(other.get(lookup, tree.communityAdmin())
                        .json()
                        .get(0)
                        .get("memberId")
                        .asLong())
                .isEqualTo(before.id());
        assertThat(http().get(lookup, tree.communityAdmin())
                        .json()
                        .get(0)
                        .get("memberId")
                        .asLong())
                .isEqualTo(before.id());

        assertThat(http().put(link, tree.communityAdmin(), Map.of("partyMemberId", after.id()))
                        .status())
                .isEqualTo(200);

        // the changing instance answers anew at once; the other hears the pub/sub eviction moments later
        assertThat(http().get(lookup, tree.communityAdmin())
                        .json()
                        .get(0)
                        .get("memberId")
                        .asLong())
                .isEqualTo(after.id());
        await().atMost(Duration.ofSeconds(2))
                .pollInterval(Duration.ofMillis(10))
                .untilAsserted(() -> assertThat(other.get(lookup, tree.communityAdmin())
                                .json()
                                .get(0)
                                .get("memberId")
                                .asLong())
                        .isEqualTo(after.id()));
    }
}
