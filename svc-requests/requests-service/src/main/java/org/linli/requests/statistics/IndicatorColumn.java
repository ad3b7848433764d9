package org.linli.requests.statistics;

import java.util.function.Function;
import org.linli.requests.statistics.dto.Indicators;

/** The indicators as columns of the exported sheets, under the names 接诉即办 reports give them. */
enum IndicatorColumn {
    RECEIVED("受理量", Format.COUNT, Indicators::received),
    RESPONDED("已响应", Format.COUNT, Indicators::responded),
    RESPONSE_RATE("响应率", Format.PERCENT, Indicators::responseRate),
    ON_TIME_RESPONSE_RATE("按时响应率", Format.PERCENT, Indicators::onTimeResponseRate),
    RESOLVED("已办结", Format.COUNT, Indicators::resolved),
    RESOLUTION_RATE("办结率", Format.PERCENT, Indicators::resolutionRate),
    ON_TIME_RATE("按时办结率", Format.PERCENT, Indicators::onTimeRate),
    RATED("已评价", Format.COUNT, Indicators::rated),
    SATISFACTION_RATE("满意率", Format.PERCENT, Indicators::satisfactionRate),
    AVERAGE_RATING("平均评分", Format.TWO_PLACES, Indicators::averageRating),
    REOPENED("重办量", Format.COUNT, Indicators::reopened),
    REOPEN_RATE("重办率", Format.PERCENT, Indicators::reopenRate),
    AVERAGE_HANDLING_HOURS("平均办理时长(小时)", Format.ONE_PLACE, Indicators::averageHandlingHours);

    /** Excel number formats: a rate is a share from 0 to 1 that Excel shows as a percentage. */
    enum Format {
        COUNT("0"),
        PERCENT("0.00%"),
        ONE_PLACE("0.0"),
        TWO_PLACES("0.00");

        private final String pattern;

        Format(String pattern) {
            this.pattern = pattern;
        }

        String pattern() {
            return pattern;
        }
    }

    private final String header;
    private final Format format;
    private final Function<Indicators, Number> value;

    IndicatorColumn(String header, Format format, Function<Indicators, Number> value) {
        this.header = header;
        this.format = format;
        this.value = value;
    }

    String header() {
        return header;
    }

    Format format() {
        return format;
    }

    /** The figure, or null where there is nothing to count (an empty cell). */
    Number of(Indicators indicators) {
        return value.apply(indicators);
    }
}
