package org.linli.requests.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.linli.requests.request.RequestChannel;
import org.linli.requests.statistics.dto.Indicators;
import org.linli.requests.triage.RequestCategory;

/** The exported sheets name every category and channel in Chinese, and every indicator under its own header. */
class StatisticsNamesTest {

    @Test
    void everyCategoryAndChannelHasAChineseName() {
        for (RequestCategory category : RequestCategory.values()) {
            assertThat(ChineseNames.of(category)).as(category.name()).isNotEqualTo(category.name());
        }
        for (RequestChannel channel : RequestChannel.values()) {
            assertThat(ChineseNames.of(channel)).as(channel.name()).isNotEqualTo(channel.name());
        }
    }

    @Test
    void everyIndicatorHasAColumnOfItsOwn() {
        assertThat(Arrays.stream(IndicatorColumn.values()).map(IndicatorColumn::header))
                .doesNotHaveDuplicates()
                .contains("受理量", "响应率", "按时办结率", "办结率", "满意率", "重办率", "平均办理时长(小时)");
        assertThat(IndicatorColumn.values()).hasSize(Indicators.class.getRecordComponents().length);
    }
}
