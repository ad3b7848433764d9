package org.linli.organization.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.linli.organization.AbstractIT;
import org.linli.organization.RegistryFixtures.Tree;
import org.linli.organization.api.event.HouseholdLinkChanged;
import org.linli.organization.partymember.dto.PartyMemberView;
import org.linli.organization.partyorg.dto.PartyOrgView;
import org.linli.platform.outbox.EventConsumers;
import org.linli.platform.outbox.EventGroupConsumer;
import org.linli.platform.outbox.EventSubscription;
import org.linli.testing.Http.Response;
import org.linli.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

class LinkIT extends AbstractIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventConsumers consumers;

    private Response assign(Tree tree, long householdId, long memberId) {
        return http().post(
                        "/api/org/households/" + householdId + "/responsible-member",
                        tree.communityAdmin(),
                        Map.of("partyMemberId", memberId));
    }

    private int linkedHouseholds(long memberId) {
        return jdbc.queryForObject("SELECT linked_households FROM party_member WHERE id = ?", Integer.class, memberId);
    }

    @Nested
    class Assigning {

        @Test
        void aHouseholdGetsOneResponsibleMemberAndASecondAssignmentIsRefused() {
            Tree tree = fixtures.tree(1);
            PartyOrgView branch = fixtures.compoundBranch(tree);
            PartyMemberView first = fixtures.member(branch, "王建国");
            PartyMemberView second = fixtures.member(branch, "李红");
            long household = tree.households()[0];

            assertThat(assign(tree, household, first.id()).status()).isEqualTo(201);
            Response refused = assign(tree, household, second.id());

            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().get("code").asString()).isEqualTo("link.household-taken");
            assertThat(linkedHouseholds(first.id())).isEqualTo(1);
            assertThat(linkedHouseholds(second.id()))
                    .as("the refused member's slot is given back")
                    .isZero();
        }

        @Test
        void aMemberCannotLookAfterMoreThanThirtyHouseholds() {
            Tree tree = fixtures.tree(31);
            PartyMemberView member = fixtures.member(fixtures.compoundBranch(tree), "赵志强");
            for (int i = 0; i < 30; i++) {
                Response assigned = assign(tree, tree.households()[i], member.id());
                assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
            }

            Response full = assign(tree, tree.households()[30], member.id());

            assertThat(full.status()).isEqualTo(409);
            assertThat(full.json().get("code").asString()).isEqualTo("link.member-full");
            assertThat(linkedHouseholds(member.id())).isEqualTo(30);
        }

        @Test
        void aMemberOutsideTheHouseholdsAreaIsRefusedNamingTheField() {
            Tree tree = fixtures.tree(1);
            Tree other = fixtures.tree(1);
            PartyMemberView stranger = fixtures.member(fixtures.compoundBranch(other), "孙丽");
            String systemAdmin = TestTokens.systemAdmin();

            Response refused = http().post(
                            "/api/org/households/" + tree.households()[0] + "/responsible-member",
                            systemAdmin,
                            Map.of("partyMemberId", stranger.id()));

            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("partyMemberId");
        }

        @Test
        void staffOfAnotherCommunityCannotAssign() {
            Tree tree = fixtures.tree(1);
            Tree other = fixtures.tree(1);
            PartyMemberView member = fixtures.member(fixtures.compoundBranch(tree), "周伟");

            assertThat(assign(other, tree.households()[0], member.id()).status())
                    .isEqualTo(404);
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM member_household_link WHERE household_id = ?",
                            Integer.class,
                            tree.households()[0]))
                    .isZero();
        }
    }

    @Nested
    class ConcurrentAssignment {

        @Test
        void ofTwoMembersAssignedToOneHouseholdAtOnceExactlyOneWins() throws Exception {
            Tree tree = fixtures.tree(10);
            PartyOrgView branch = fixtures.compoundBranch(tree);
            PartyMemberView a = fixtures.member(branch, "钱多多");
            PartyMemberView b = fixtures.member(branch, "吴晓");

            for (long household : tree.households()) {
                CyclicBarrier start = new CyclicBarrier(2);
                List<CompletableFuture<Integer>> racers = new ArrayList<>();
                for (long member : new long[] {a.id(), b.id()}) {
                    racers.add(CompletableFuture.supplyAsync(() -> {
                        await(start);
                        return assign(tree, household, member).status();
                    }));
                }
                List<Integer> statuses =
                        racers.stream().map(CompletableFuture::join).sorted().toList();
                assertThat(statuses).as("household " + household).containsExactly(201, 409);
            }
            assertThat(linkedHouseholds(a.id()) + linkedHouseholds(b.id())).isEqualTo(10);
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM member_household_link WHERE party_member_id IN (?, ?)",
                            Integer.class,
                            a.id(),
                            b.id()))
                    .isEqualTo(10);
        }

        private static void await(CyclicBarrier barrier) {
            try {
                barrier.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Nested
    class ReassigningAndUnassigning {

        @Test
        void reassignmentMovesTheSlotAndUnassignmentFreesIt() {
            Tree tree = fixtures.tree(1);
            PartyOrgView branch = fixtures.compoundBranch(tree);
            PartyMemberView from = fixtures.member(branch, "郑成功");
            PartyMemberView to = fixtures.member(branch, "冯雪");
            long household = tree.households()[0];
            assign(tree, household, from.id());

            Response moved = http().put(
                            "/api/org/households/" + household + "/responsible-member",
                            tree.communityAdmin(),
                            Map.of("partyMemberId", to.id()));

            assertThat(moved.status()).isEqualTo(200);
            assertThat(linkedHouseholds(from.id())).isZero();
            assertThat(linkedHouseholds(to.id())).isEqualTo(1);

            assertThat(http().delete("/api/org/households/" + household + "/responsible-member", tree.communityAdmin())
                            .status())
                    .isEqualTo(204);
            assertThat(linkedHouseholds(to.id())).isZero();
            assertThat(http().delete("/api/org/households/" + household + "/responsible-member", tree.communityAdmin())
                            .status())
                    .isEqualTo(404);
        }
    }

    @Nested
    class RetriesAndEvents {

        @Test
        void aRetriedAssignmentWithTheSameIdempotencyKeyReplaysTheFirstAnswer() {
            Tree tree = fixtures.tree(1);
            PartyOrgView branch = fixtures.compoundBranch(tree);
            PartyMemberView member = fixtures.member(branch, "陈静");
            PartyMemberView other = fixtures.member(branch, "褚明");
            String path = "/api/org/households/" + tree.households()[0] + "/responsible-member";
            Map<String, String> key = Map.of("Idempotency-Key", "assign-" + System.nanoTime());

            Response first = http().exchange(
                            HttpMethod.POST, path, tree.communityAdmin(), Map.of("partyMemberId", member.id()), key);
            Response retry = http().exchange(
                            HttpMethod.POST, path, tree.communityAdmin(), Map.of("partyMemberId", member.id()), key);
            Response reused = http().exchange(
                            HttpMethod.POST, path, tree.communityAdmin(), Map.of("partyMemberId", other.id()), key);

            assertThat(first.status()).isEqualTo(201);
            assertThat(retry.status()).isEqualTo(201);
            assertThat(retry.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
            assertThat(retry.json()).isEqualTo(first.json());
            assertThat(reused.status()).isEqualTo(422);
            assertThat(reused.json().get("code").asString()).isEqualTo("idempotency.key-reused");
            assertThat(linkedHouseholds(member.id())).isEqualTo(1);
        }

        @Test
        void keysOlderThanADayAreClearedAsNewOnesArrive() {
            Tree tree = fixtures.tree(1);
            PartyMemberView member = fixtures.member(fixtures.compoundBranch(tree), "柏林");
            String stale = "%064d".formatted(System.nanoTime());
            String recent = "%064d".formatted(System.nanoTime() + 1);
            String insert = "INSERT INTO idempotency_record (record_key, request_hash, created_at) VALUES (?, 'h', ?)";
            // the oldest record there is, so it is in the first batch whatever else the table holds
            jdbc.update(insert, stale, LocalDateTime.of(2000, 1, 1, 0, 0));
            jdbc.update(insert, recent, LocalDateTime.now().minusHours(23));

            String count = "SELECT COUNT(*) FROM idempotency_record WHERE record_key = ?";

            // an instance clears expired records at most once a second: new keys keep arriving until it has
            Response assigned = http().exchange(
                            HttpMethod.POST,
                            "/api/org/households/" + tree.households()[0] + "/responsible-member",
                            tree.communityAdmin(),
                            Map.of("partyMemberId", member.id()),
                            Map.of("Idempotency-Key", "assign-" + System.nanoTime()));
            assertThat(assigned.status()).isEqualTo(201);
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                http().exchange(
                                HttpMethod.PUT,
                                "/api/org/households/" + tree.households()[0] + "/responsible-member",
                                tree.communityAdmin(),
                                Map.of("partyMemberId", member.id()),
                                Map.of("Idempotency-Key", "again-" + System.nanoTime()));
                assertThat(jdbc.queryForObject(count, Integer.class, stale)).isZero();
            });
            assertThat(jdbc.queryForObject(count, Integer.class, recent)).isOne();
        }

        @Test
        void aLinkChangeArrivesAsItsApiRecordOnTheOrganizationStream() {
            Tree tree = fixtures.tree(1);
            PartyMemberView member = fixtures.member(fixtures.compoundBranch(tree), "卫东");
            long household = tree.households()[0];

            assign(tree, household, member.id());

            String eventId = jdbc.queryForObject(
                    "SELECT event_id FROM outbox_event WHERE aggregate_id = ? AND event_type = ?",
                    String.class,
                    String.valueOf(household),
                    HouseholdLinkChanged.TYPE);
            List<HouseholdLinkChanged> received = new CopyOnWriteArrayList<>();
            EventGroupConsumer consumer = consumers.consumer(
                    EventSubscription.to("linli:events:organization", "org-it-" + UUID.randomUUID())
                            .on(HouseholdLinkChanged.class, (event, envelope) -> {
                                if (envelope.eventId().equals(eventId)) {
                                    received.add(event);
                                }
                            })
                            .build(),
                    "link-it");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                consumer.pollOnce(Duration.ofMillis(100));
                assertThat(received).containsExactly(new HouseholdLinkChanged(household, null, member.id()));
            });
            // the relay marks the row published in the transaction that sent it
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM outbox_event WHERE event_id = ? AND published_at IS NULL",
                            Integer.class,
                            eventId))
                    .isZero();
        }
    }
}
