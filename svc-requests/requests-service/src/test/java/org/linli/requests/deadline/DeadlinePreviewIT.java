package org.linli.requests.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.linli.platform.core.token.Role;
import org.linli.requests.AbstractIT;
import org.linli.testing.Http;
import org.linli.testing.TestTokens;

/** The preview reads the calendar table that V2 preloads with 2026, 调休 days included. */
class DeadlinePreviewIT extends AbstractIT {

    private static final String STAFF = TestTokens.staff(Role.COMMUNITY_ADMIN, 3, "/1/2/3/");

    private Http.Response preview(String query, String token) {
        return http().get("/api/requests/deadlines/preview?" + query, token);
    }

    @Test
    void workingDaysCrossTheSpringFestivalOnThePreloadedCalendar() {
        // Friday evening before the holiday: Saturday Feb 14 is worked, Feb 15-23 are not
        Http.Response answer = preview("at=2026-02-13T10:30:00Z&workingDays=2", STAFF);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("deadline").asString()).isEqualTo("2026-02-24T23:59:59+08:00");
    }

    @Test
    void aMakeUpSundayIsAWorkingDay() {
        Http.Response answer = preview("at=2026-09-18T02:00:00Z&workingDays=1", TestTokens.systemAdmin());

        assertThat(answer.json().get("deadline").asString()).isEqualTo("2026-09-20T23:59:59+08:00");
    }

    @Test
    void hoursAreWallClockInBeijingTime() {
        Http.Response answer = preview("at=2026-10-01T08:00:00Z&hours=2", STAFF);

        assertThat(answer.json().get("deadline").asString()).isEqualTo("2026-10-01T18:00:00+08:00");
    }

    @Test
    void exactlyOneMeasureIsRequired() {
        for (String query : new String[] {"at=2026-03-02T09:00:00Z", "at=2026-03-02T09:00:00Z&workingDays=3&hours=2"}) {
            Http.Response refused = preview(query, STAFF);

            assertThat(refused.status()).as(query).isEqualTo(422);
            assertThat(refused.json().get("code").asString()).isEqualTo("deadline.one-measure");
            assertThat(refused.json().get("errors").findValuesAsString("field"))
                    .containsExactlyInAnyOrder("category", "workingDays", "hours");
        }
    }

    @Test
    void badValuesAreNamed() {
        Http.Response notAnInstant = preview("at=next-tuesday&workingDays=3", STAFF);
        assertThat(notAnInstant.status()).isEqualTo(400);
        assertThat(notAnInstant.json().get("code").asString()).isEqualTo("request.invalid-parameter");

        Http.Response tooMany = preview("at=2026-03-02T09:00:00Z&workingDays=61", STAFF);
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.json().get("errors").findValuesAsString("field")).containsExactly("workingDays");

        Http.Response noAt = preview("workingDays=3", STAFF);
        assertThat(noAt.status()).isEqualTo(400);
        assertThat(noAt.json().get("code").asString()).isEqualTo("request.missing-parameter");
    }

    @Test
    void residentsMayNotPreview() {
        Http.Response refused = preview("at=2026-03-02T09:00:00Z&workingDays=3", TestTokens.resident(800_001, 1L));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("auth.forbidden");
    }
}
