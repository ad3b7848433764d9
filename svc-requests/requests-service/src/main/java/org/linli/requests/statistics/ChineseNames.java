package org.linli.requests.statistics;

import java.util.EnumMap;
import java.util.Map;
import org.linli.requests.request.RequestChannel;
import org.linli.requests.triage.RequestCategory;

/** What staff call the categories and channels, for the sheets they open in Excel. */
final class ChineseNames {

    private static final Map<RequestCategory, String> CATEGORIES = new EnumMap<>(Map.ofEntries(
            Map.entry(RequestCategory.PARKING, "停车管理"),
            Map.entry(RequestCategory.ENVIRONMENT, "环境卫生"),
            Map.entry(RequestCategory.PROPERTY_SERVICE, "物业服务"),
            Map.entry(RequestCategory.PUBLIC_FACILITIES, "公共设施"),
            Map.entry(RequestCategory.GARBAGE_SORTING, "垃圾分类"),
            Map.entry(RequestCategory.NOISE, "噪音扰民"),
            Map.entry(RequestCategory.EBIKE_CHARGING, "电动车充电"),
            Map.entry(RequestCategory.STREET_VENDORS_AND_ILLEGAL_STRUCTURES, "占道经营与违建"),
            Map.entry(RequestCategory.NEIGHBOUR_DISPUTE, "邻里纠纷"),
            Map.entry(RequestCategory.RENTAL_MANAGEMENT, "流动人口与出租房"),
            Map.entry(RequestCategory.SAFETY, "安全隐患"),
            Map.entry(RequestCategory.EPIDEMIC_PREVENTION, "疫情防控"),
            Map.entry(RequestCategory.OTHER, "其他")));

    private static final Map<RequestChannel, String> CHANNELS = new EnumMap<>(Map.of(
            RequestChannel.MINI_PROGRAM, "小程序",
            RequestChannel.PHONE, "电话",
            RequestChannel.WALK_IN, "来访",
            RequestChannel.GRID_PATROL, "网格巡查",
            RequestChannel.HOME_VISIT, "党员入户走访"));

    private ChineseNames() {}

    /** Its Chinese name; the code itself for a category added without one, so a sheet never lacks a row's name. */
    static String of(RequestCategory category) {
        return CATEGORIES.getOrDefault(category, category.name());
    }

    static String of(RequestChannel channel) {
        return CHANNELS.getOrDefault(channel, channel.name());
    }
}
