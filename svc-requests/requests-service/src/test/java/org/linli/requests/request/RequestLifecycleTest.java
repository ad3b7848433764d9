package org.linli.requests.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.linli.platform.error.DomainException;

/**
 * Every status × every action, against the table as the issue and DOMAIN.md describe it, written here a
 * second time on purpose: a change to the lifecycle must be made in both places, knowingly.
 */
class RequestLifecycleTest {

    /** One row per status; "-" where the action is refused. Columns in {@link #COLUMNS} order. */
    private static final String[] EXPECTED = {
        "SUBMITTED    ACCEPTED REJECTED MERGED   -        -           -        -         -        -        -      WITHDRAWN",
        "ACCEPTED     -        REJECTED MERGED   ASSIGNED -           -        ESCALATED -        -        -      WITHDRAWN",
        "ASSIGNED     -        -        -        ASSIGNED IN_PROGRESS RETURNED ESCALATED -        -        -      WITHDRAWN",
        "IN_PROGRESS  -        -        -        ASSIGNED -           RETURNED ESCALATED RESOLVED -        -      WITHDRAWN",
        "RETURNED     -        REJECTED MERGED   ASSIGNED -           -        ESCALATED -        -        -      WITHDRAWN",
        "ESCALATED    -        REJECTED MERGED   ASSIGNED -           -        ESCALATED -        -        -      WITHDRAWN",
        "REOPENED     -        -        -        ASSIGNED IN_PROGRESS -        ESCALATED -        -        -      WITHDRAWN",
        "RESOLVED     -        -        -        -        -           -        -         -        REOPENED CLOSED -",
        "CLOSED       -        -        -        -        -           -        -         -        -        -      -",
        "REJECTED     -        -        -        -        -           -        -         -        -        -      -",
        "MERGED       -        -        -        -        -           -        -         -        -        -      -",
        "WITHDRAWN    -        -        -        -        -           -        -         -        -        -      -",
    };

    private static final RequestAction[] COLUMNS = {
        RequestAction.ACCEPT,
        RequestAction.REJECT,
        RequestAction.MERGE,
        RequestAction.ASSIGN,
        RequestAction.START,
        RequestAction.SEND_BACK,
        RequestAction.ESCALATE,
        RequestAction.RESOLVE,
        RequestAction.REOPEN,
        RequestAction.CLOSE,
        RequestAction.WITHDRAW,
    };

    private static Map<RequestStatus, Map<RequestAction, RequestStatus>> expected() {
        Map<RequestStatus, Map<RequestAction, RequestStatus>> table = new HashMap<>();
        for (String row : EXPECTED) {
            String[] cells = row.trim().split("\\s+");
            Map<RequestAction, RequestStatus> targets = new HashMap<>();
            for (int i = 0; i < COLUMNS.length; i++) {
                if (!cells[i + 1].equals("-")) {
                    targets.put(COLUMNS[i], RequestStatus.valueOf(cells[i + 1]));
                }
            }
            table.put(RequestStatus.valueOf(cells[0]), targets);
        }
        return table;
    }

    /** Every pair, SUBMIT included (it creates a request and leaves no status). */
    static Stream<Arguments> everyStatusAndAction() {
        Map<RequestStatus, Map<RequestAction, RequestStatus>> table = expected();
        return Arrays.stream(RequestStatus.values()).flatMap(from -> Arrays.stream(RequestAction.values())
                .map(action -> Arguments.of(from, action, table.get(from).get(action))));
    }

    @Test
    void theExpectedTableHasARowForEveryStatusAndAColumnForEveryStepButSubmitting() {
        assertThat(expected()).containsOnlyKeys(RequestStatus.values());
        long steps = Arrays.stream(RequestAction.values())
                .filter(RequestAction::isStep)
                .count();
        assertThat(COLUMNS).hasSize((int) steps - 1).doesNotContain(RequestAction.SUBMIT);
        assertThat(COLUMNS).allMatch(RequestAction::isStep);
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("everyStatusAndAction")
    void goesWhereTheTableSaysOrNowhere(RequestStatus from, RequestAction action, RequestStatus to) {
        assertThat(RequestLifecycle.target(from, action))
                .as("%s, %s", from, action)
                .isEqualTo(java.util.Optional.ofNullable(to));
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("everyStatusAndAction")
    void takingAStepRefusedHereAnswers409AndAnAllowedOneItsTarget(
            RequestStatus from, RequestAction action, RequestStatus to) {
        if (to == null) {
            assertThatThrownBy(() -> RequestLifecycle.next(from, action, "a reason"))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.code()).isEqualTo("resident-request.transition-not-allowed");
                        assertThat(e.status().value()).isEqualTo(409);
                    });
        } else {
            assertThat(RequestLifecycle.next(from, action, "a reason")).isEqualTo(to);
        }
    }

    @Nested
    class Reasons {

        @Test
        void rejectingSendingBackAndReopeningNeedAReason() {
            assertThat(Arrays.stream(RequestAction.values())
                            .filter(RequestAction::isStep)
                            .filter(RequestAction::needsReason))
                    .containsExactlyInAnyOrder(RequestAction.REJECT, RequestAction.SEND_BACK, RequestAction.REOPEN);
        }

        @Test
        void rejectingWithoutAReasonIsRefusedWithAFieldError() {
            for (String missing : new String[] {null, "", "   "}) {
                assertThatThrownBy(() -> RequestLifecycle.next(RequestStatus.SUBMITTED, RequestAction.REJECT, missing))
                        .isInstanceOfSatisfying(DomainException.class, e -> {
                            assertThat(e.code()).isEqualTo("resident-request.reason-required");
                            assertThat(e.status().value()).isEqualTo(422);
                            assertThat(e.fieldProblems()).singleElement().satisfies(p -> assertThat(p.field())
                                    .isEqualTo("reason"));
                        });
            }
        }

        @Test
        void aStepThatNeedsNoReasonTakesNone() {
            assertThat(RequestLifecycle.next(RequestStatus.SUBMITTED, RequestAction.ACCEPT, null))
                    .isEqualTo(RequestStatus.ACCEPTED);
        }
    }

    @Test
    void aRemarkMovesNoRequestFromAnyStatus() {
        for (RequestAction remark : RequestAction.values()) {
            if (remark.isStep()) {
                continue;
            }
            for (RequestStatus status : RequestStatus.values()) {
                assertThat(RequestLifecycle.target(status, remark))
                        .as("%s, %s", status, remark)
                        .isEmpty();
            }
        }
    }

    @Test
    void finalStatusesAreExactlyThoseNothingLeaves() {
        for (RequestStatus status : RequestStatus.values()) {
            boolean nothingLeaves = Arrays.stream(RequestAction.values())
                    .noneMatch(action -> RequestLifecycle.target(status, action).isPresent());
            assertThat(status.isFinal()).as(status.name()).isEqualTo(nothingLeaves);
        }
    }
}
