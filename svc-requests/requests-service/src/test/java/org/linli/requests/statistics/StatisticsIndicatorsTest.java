package org.linli.requests.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.linli.requests.statistics.dto.Indicators;

/** How a tally's counts become the indicators: the denominators, the rounding, and nothing to count as null. */
class StatisticsIndicatorsTest {

    /**
     * 7 received, one withdrawn unanswered; 5 responded, 4 on time; 5 resolvable, 3 resolved, 2 on time, in 104 h
     * on average; 2 rated (5 and 2); 3 resolved at least once, 1 reopened.
     */
    private static final Tally WEEK = new Tally(7, 1, 5, 4, 5, 3, 2, 312 * 3600, 2, 1, 7, 3, 1);

    @Test
    void eachRateHasItsOwnDenominator() {
        Indicators week = WEEK.indicators();

        assertThat(week.received()).isEqualTo(7);
        assertThat(week.responded()).isEqualTo(5);
        assertThat(week.responseRate()).isEqualByComparingTo("0.8333"); // 5 of 7 − 1 withdrawn
        assertThat(week.onTimeResponseRate()).isEqualByComparingTo("0.8"); // 4 of the 5 responded
        assertThat(week.resolved()).isEqualTo(3);
        assertThat(week.resolutionRate()).isEqualByComparingTo("0.6"); // 3 of 5 neither withdrawn nor rejected
        assertThat(week.onTimeRate()).isEqualByComparingTo("0.6667"); // 2 of the 3 resolved
        assertThat(week.rated()).isEqualTo(2);
        assertThat(week.satisfactionRate()).isEqualByComparingTo("0.5");
        assertThat(week.averageRating()).isEqualByComparingTo("3.5");
        assertThat(week.reopened()).isEqualTo(1);
        assertThat(week.reopenRate()).isEqualByComparingTo("0.3333");
        assertThat(week.averageHandlingHours()).isEqualByComparingTo("104.0");
    }

    @Test
    void ratesKeepFourPlacesTheRatingTwoAndHoursOne() {
        Indicators week = WEEK.indicators();

        assertThat(week.responseRate().scale()).isEqualTo(4);
        assertThat(week.averageRating().scale()).isEqualTo(2);
        assertThat(week.averageHandlingHours().scale()).isEqualTo(1);
        // 2 h 5 min 59 s is 2.0997 h, rounded half up
        assertThat(new Tally(1, 0, 1, 1, 1, 1, 1, 7559, 0, 0, 0, 1, 0)
                        .indicators()
                        .averageHandlingHours())
                .isEqualByComparingTo("2.1");
    }

    @Test
    void withNothingToCountAnIndicatorIsNullNotZero() {
        // one request, withdrawn before anyone answered it
        Indicators withdrawn = new Tally(1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0).indicators();

        assertThat(withdrawn.received()).isEqualTo(1);
        assertThat(withdrawn.responseRate()).isNull();
        assertThat(withdrawn.onTimeResponseRate()).isNull();
        assertThat(withdrawn.resolutionRate()).isNull();
        assertThat(withdrawn.onTimeRate()).isNull();
        assertThat(withdrawn.satisfactionRate()).isNull();
        assertThat(withdrawn.averageRating()).isNull();
        assertThat(withdrawn.reopenRate()).isNull();
        assertThat(withdrawn.averageHandlingHours()).isNull();
        assertThat(Tally.NONE.indicators().responseRate()).isNull();
    }

    @Test
    void noneAnsweredIsZeroPercentNotNull() {
        Indicators unanswered = new Tally(2, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0).indicators();

        assertThat(unanswered.responseRate()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(unanswered.resolutionRate()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(unanswered.onTimeResponseRate()).isNull();
    }

    @Test
    void talliesAddUpCountByCount() {
        Tally one = new Tally(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);

        assertThat(one.plus(one)).isEqualTo(new Tally(2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26));
        assertThat(Tally.NONE.plus(one)).isEqualTo(one);
    }
}
