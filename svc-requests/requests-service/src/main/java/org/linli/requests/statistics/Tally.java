package org.linli.requests.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.linli.requests.statistics.dto.Indicators;

/**
 * The counts behind the {@link Indicators} of a group of requests, as SQL sums them. Counts add up across groups
 * and rates do not, so the totals and each breakdown are added from the same groups of one query and always agree.
 *
 * @param withdrawnUnanswered withdrawn before any response: left out of the response rate
 * @param resolvable neither withdrawn nor rejected: the resolution rate's denominator
 * @param handlingSeconds the sum, over those resolved, of the seconds from submission to resolution
 * @param everResolved resolved now or reopened before: the reopen rate's denominator
 */
record Tally(
        long received,
        long withdrawnUnanswered,
        long responded,
        long respondedOnTime,
        long resolvable,
        long resolved,
        long resolvedOnTime,
        long handlingSeconds,
        long rated,
        long satisfied,
        long ratingSum,
        long everResolved,
        long reopened) {

    static final Tally NONE = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    private static final int RATE_SCALE = 4;

    Tally plus(Tally other) {
        return new Tally(
                received + other.received,
                withdrawnUnanswered + other.withdrawnUnanswered,
                responded + other.responded,
                respondedOnTime + other.respondedOnTime,
                resolvable + other.resolvable,
                resolved + other.resolved,
                resolvedOnTime + other.resolvedOnTime,
                handlingSeconds + other.handlingSeconds,
                rated + other.rated,
                satisfied + other.satisfied,
                ratingSum + other.ratingSum,
                everResolved + other.everResolved,
                reopened + other.reopened);
    }

    Indicators indicators() {
        return new Indicators(
                received,
                responded,
                ratio(responded, received - withdrawnUnanswered, RATE_SCALE),
                ratio(respondedOnTime, responded, RATE_SCALE),
                resolved,
                ratio(resolved, resolvable, RATE_SCALE),
                ratio(resolvedOnTime, resolved, RATE_SCALE),
                rated,
                ratio(satisfied, rated, RATE_SCALE),
                ratio(ratingSum, rated, 2),
                reopened,
                ratio(reopened, everResolved, RATE_SCALE),
                ratio(handlingSeconds, resolved * 3600, 1));
    }

    /** Null when there is nothing to divide by: an empty denominator is "nothing to count", not 0 %. */
    private static BigDecimal ratio(long numerator, long denominator, int scale) {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
    }
}
