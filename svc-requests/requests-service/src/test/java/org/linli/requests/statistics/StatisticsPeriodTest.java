package org.linli.requests.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.linli.platform.error.DomainException;

/** A period is Beijing calendar days, both ends included, at most 366 of them. */
class StatisticsPeriodTest {

    @Test
    void itRunsFromBeijingMidnightToTheMidnightAfterItsLastDay() {
        Period march = Period.of(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"));

        assertThat(march.start()).isEqualTo(Instant.parse("2026-02-28T16:00:00Z"));
        assertThat(march.end()).isEqualTo(Instant.parse("2026-03-31T16:00:00Z"));
    }

    @Test
    void oneDayIsAPeriod() {
        Period day = Period.of(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-01"));

        assertThat(day.end()).isEqualTo(day.start().plusSeconds(86_400));
    }

    @Test
    void aLeapYearFitsAndADayMoreDoesNot() {
        assertThat(Period.of(LocalDate.parse("2028-01-01"), LocalDate.parse("2028-12-31")))
                .isNotNull();

        assertThatThrownBy(() -> Period.of(LocalDate.parse("2027-01-01"), LocalDate.parse("2028-01-02")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("statistics.period-too-long");
                    assertThat(e.fieldProblems().get(0).field()).isEqualTo("to");
                });
    }

    @Test
    void toBeforeFromIsRefusedByItsField() {
        assertThatThrownBy(() -> Period.of(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-01")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("statistics.period-reversed");
                    assertThat(e.status().value()).isEqualTo(422);
                    assertThat(e.fieldProblems().get(0).field()).isEqualTo("to");
                });
    }
}
