package org.linli.requests.statistics;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.linli.platform.security.Caller;
import org.linli.requests.request.RequestChannel;
import org.linli.requests.statistics.StatisticsQueries.CompoundCount;
import org.linli.requests.statistics.StatisticsQueries.Group;
import org.linli.requests.statistics.dto.CategoryCount;
import org.linli.requests.statistics.dto.CategoryIndicators;
import org.linli.requests.statistics.dto.ChannelIndicators;
import org.linli.requests.statistics.dto.CompoundTopCategories;
import org.linli.requests.statistics.dto.RequestStatisticsReport;
import org.linli.requests.statistics.dto.TopCategoriesReport;
import org.linli.requests.triage.RequestCategory;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;

/**
 * 接诉即办 statistics of the caller's area ({@link StatisticsArea}) over a period ({@link Period}): the indicators
 * (defined on {@link org.linli.requests.statistics.dto.Indicators}) in total, by category and by channel, and each
 * compound's most frequent problems. The area and the period are checked before anything is read.
 */
@Service
public class RequestStatistics {

    private final StatisticsQueries queries;

    RequestStatistics(StatisticsQueries queries) {
        this.queries = queries;
    }

    public RequestStatisticsReport indicators(Caller caller, LocalDate from, LocalDate to, @Nullable String unitPath) {
        Period period = Period.of(from, to);
        StatisticsArea area = StatisticsArea.of(caller, unitPath);
        List<Group> groups = queries.tallies(area, period);
        Tally total = groups.stream().map(Group::tally).reduce(Tally.NONE, Tally::plus);
        List<CategoryIndicators> byCategory = sum(groups, Group::category, RequestCategory.class).entrySet().stream()
                .map(e -> new CategoryIndicators(e.getKey(), e.getValue().indicators()))
                .toList();
        List<ChannelIndicators> byChannel = sum(groups, Group::channel, RequestChannel.class).entrySet().stream()
                .map(e -> new ChannelIndicators(e.getKey(), e.getValue().indicators()))
                .toList();
        return new RequestStatisticsReport(
                period.from(), period.to(), area.pathPrefix(), total.indicators(), byCategory, byChannel);
    }

    public TopCategoriesReport topCategories(
            Caller caller, LocalDate from, LocalDate to, @Nullable String unitPath, int limit) {
        Period period = Period.of(from, to);
        StatisticsArea area = StatisticsArea.of(caller, unitPath);
        Map<String, Map<RequestCategory, Long>> byCompound = new LinkedHashMap<>();
        for (CompoundCount count : queries.byCompound(area, period)) {
            byCompound
                    .computeIfAbsent(count.compound(), compound -> new EnumMap<>(RequestCategory.class))
                    .put(count.category(), count.received());
        }
        List<CompoundTopCategories> compounds = byCompound.entrySet().stream()
                .map(e -> top(e.getKey(), e.getValue(), limit))
                .sorted(Comparator.comparingLong(CompoundTopCategories::received)
                        .reversed()
                        .thenComparing(CompoundTopCategories::compoundPath))
                .toList();
        return new TopCategoriesReport(period.from(), period.to(), area.pathPrefix(), limit, compounds);
    }

    private static CompoundTopCategories top(String path, Map<RequestCategory, Long> counts, int limit) {
        // the EnumMap iterates in the categories' order, and a stable sort keeps it among equal counts
        List<CategoryCount> ranked = counts.entrySet().stream()
                .map(e -> new CategoryCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(CategoryCount::received).reversed())
                .limit(limit)
                .toList();
        long received = counts.values().stream().mapToLong(Long::longValue).sum();
        return new CompoundTopCategories(path, StatisticsArea.unitIdOf(path), received, ranked);
    }

    /** The groups' tallies added up by one key, most received first (ties in the key's order). */
    private static <K extends Enum<K>> Map<K, Tally> sum(List<Group> groups, Function<Group, K> key, Class<K> type) {
        Map<K, Tally> sums = new EnumMap<>(type);
        for (Group group : groups) {
            sums.merge(key.apply(group), group.tally(), Tally::plus);
        }
        Map<K, Tally> ranked = new LinkedHashMap<>();
        sums.entrySet().stream()
                .sorted(Map.Entry.<K, Tally>comparingByValue(Comparator.comparingLong(Tally::received))
                        .reversed())
                .forEach(e -> ranked.put(e.getKey(), e.getValue()));
        return ranked;
    }
}
