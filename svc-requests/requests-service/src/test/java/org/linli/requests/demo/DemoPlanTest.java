package org.linli.requests.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.linli.requests.request.RequestChannel;
import org.linli.requests.request.RequestStatus;
import org.linli.requests.triage.RequestCategory;

class DemoPlanTest {

    static List<DemoCase> first(int count) {
        return IntStream.range(0, count).mapToObj(DemoPlan::caseAt).toList();
    }

    @Nested
    class Coverage {

        @Test
        void theFirstCasesTellEveryStoryOnceThroughEveryChannel() {
            List<DemoCase> cases = first(DemoStory.values().length);
            assertThat(cases).extracting(DemoCase::story).containsExactly(DemoStory.values());
            assertThat(cases.stream().map(DemoCase::channel).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder(RequestChannel.values());
        }

        @Test
        void theStoriesEndInEveryStatus() {
            Set<RequestStatus> expected = EnumSet.noneOf(RequestStatus.class);
            for (DemoStory story : DemoStory.values()) {
                expected.add(story.expected());
            }
            assertThat(expected).isEqualTo(EnumSet.allOf(RequestStatus.class));
        }

        @Test
        void fourHundredCoverEveryCategoryChannelAndStory() {
            List<DemoCase> cases = first(400);
            assertThat(cases.stream().map(DemoCase::category).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder(RequestCategory.values());
            assertThat(cases.stream().map(DemoCase::channel).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder(RequestChannel.values());
            assertThat(cases.stream().map(DemoCase::story).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder(DemoStory.values());
            long closed = cases.stream()
                    .filter(c -> c.story().expected() == RequestStatus.CLOSED)
                    .count();
            assertThat(closed).as("most requests a community sees are closed").isBetween(120L, 260L);
            long residents = cases.stream()
                    .filter(c -> c.channel() == RequestChannel.MINI_PROGRAM)
                    .count();
            assertThat(residents).as("most come from the mini-program").isBetween(200L, 300L);
        }

        @Test
        void aCaseDependsOnItsIndexAlone() {
            assertThat(DemoPlan.caseAt(137)).isEqualTo(DemoPlan.caseAt(137));
            assertThat(first(30)).isEqualTo(first(60).subList(0, 30));
        }
    }

    @Nested
    class Fit {

        @Test
        void storiesOnlyTheResidentCanTellComeFromTheMiniProgram() {
            assertThat(first(400))
                    .filteredOn(c -> c.story().fit().residentOnly())
                    .isNotEmpty()
                    .allSatisfy(c -> assertThat(c.channel()).isEqualTo(RequestChannel.MINI_PROGRAM));
        }

        @Test
        void aPatrolFindsACommonPlaceAndHasNoOneToCallBack() {
            assertThat(first(400)).filteredOn(DemoCase::patrol).isNotEmpty().allSatisfy(c -> {
                assertThat(c.place()).isNotBlank();
                assertThat(c.contactName()).isNull();
                assertThat(c.story().fit().needsHousehold()).isFalse();
            });
        }

        @Test
        void staffRecordWhomToCallBackAndOnlyResidentsFileAnonymously() {
            assertThat(first(400)).allSatisfy(c -> {
                boolean callsBack = c.recordedByStaff() && !c.patrol();
                assertThat(c.contactName() != null).isEqualTo(callsBack);
                assertThat(c.contactPhone() == null || c.contactPhone().matches("13[89]0013\\d{4}"))
                        .isTrue();
                if (c.anonymous()) {
                    assertThat(c.channel()).isEqualTo(RequestChannel.MINI_PROGRAM);
                }
            });
            assertThat(first(400)).anyMatch(DemoCase::anonymous);
        }

        @Test
        void storiesOfTheHouseholdsOwnHandlerAreAboutTheHomeInTheirRoutesCategories() {
            assertThat(first(400))
                    .filteredOn(c -> c.story().fit().aboutTheHome())
                    .isNotEmpty()
                    .allSatisfy(c -> {
                        assertThat(c.place()).isNull();
                        assertThat(c.story().fit().allows(c.category())).isTrue();
                    });
        }

        @Test
        void everyConfirmationHasARatingAndAComment() {
            assertThat(first(400).stream().flatMap(c -> c.steps().stream()))
                    .filteredOn(s -> s.action() == DemoAction.CONFIRM)
                    .allSatisfy(s -> {
                        assertThat(s.rating()).isBetween(1, 5);
                        assertThat(s.note()).isEqualTo(s.note().strip()).isNotBlank();
                    });
            Set<Integer> ratings = first(400).stream()
                    .flatMap(c -> c.steps().stream())
                    .map(DemoCase.PlannedStep::rating)
                    .filter(r -> r != null)
                    .collect(Collectors.toSet());
            assertThat(ratings).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        }

        @Test
        void someFinishedRequestsWereAcceptedAfterTheirTimeToRespondNoOpenOne() {
            List<DemoCase> late = first(400).stream()
                    .filter(c -> c.steps().stream()
                            .anyMatch(s -> s.action() == DemoAction.ACCEPT
                                    && s.when().base() == DemoScript.Base.RESPONSE
                                    && s.when().value() > 1))
                    .toList();
            assertThat(late)
                    .hasSizeBetween(10, 60)
                    .allMatch(c -> c.story().now().daytime());
        }

        @Test
        void stepsThatMustSayWhyDo() {
            Set<DemoAction> saying = EnumSet.of(
                    DemoAction.REJECT,
                    DemoAction.SEND_BACK,
                    DemoAction.REOPEN,
                    DemoAction.ASK,
                    DemoAction.ANSWER,
                    DemoAction.RESOLVE,
                    DemoAction.RAISE_URGENCY);
            assertThat(first(400).stream().flatMap(c -> c.steps().stream()))
                    .filteredOn(s -> saying.contains(s.action()))
                    .allSatisfy(s -> assertThat(s.note()).isNotBlank());
        }
    }

    @Nested
    class Texts {

        @Test
        void everyCategoryHasTemplatesAboutTheHomeOrAPlace() {
            assertThat(DemoTexts.TEMPLATES).hasSizeBetween(20, 40);
            for (RequestCategory category : RequestCategory.values()) {
                assertThat(DemoTexts.templatesOf(category)).as(category.name()).hasSizeGreaterThanOrEqualTo(2);
                assertThat(DemoTexts.RESOLUTIONS).containsKey(category);
            }
        }

        @Test
        void textsAreWhatIntakeAcceptsWithTheirPlaceWrittenIn() {
            assertThat(first(400)).allSatisfy(c -> {
                assertThat(c.text().length()).isBetween(5, 1000);
                assertThat(c.text()).doesNotContain("%");
                if (c.place() != null) {
                    assertThat(c.text()).contains(c.place());
                    assertThat(c.place().length()).isLessThanOrEqualTo(100);
                }
            });
            assertThat(first(400).stream().map(DemoCase::text).distinct().count())
                    .as("varied")
                    .isGreaterThan(50);
        }
    }
}
