package org.linli.requests.demo;

import static org.linli.requests.triage.RequestCategory.*;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.linli.requests.triage.RequestCategory;

/**
 * What demo residents write and staff answer, per category: made up in the words residents use, about no real
 * person or place. A template with places is about a common place of the compound ({@code %s} is where); one
 * without is about the home.
 */
final class DemoTexts {

    record Template(RequestCategory category, String text, List<String> places) {

        boolean aboutAPlace() {
            return !places.isEmpty();
        }

        String write(String place) {
            return place == null ? text : text.formatted(place);
        }
    }

    static final List<Template> TEMPLATES = List.of(
            place(PARKING, "%s经常有私家车乱停，把消防通道都堵住了，晚上救护车根本开不进来，希望物业管一管。", "地下车库入口", "小区东门内侧", "幼儿园门口的路边"),
            place(PARKING, "%s的地面车位被人用地锁和旧家具长期占着，别的业主根本停不了车。", "中心花园旁", "北门停车场"),
            home(PARKING, "我的固定车位这周连续三天被外来车辆占用，打电话给车主也不接，麻烦物业帮忙处理。"),
            place(ENVIRONMENT, "%s的绿化带里堆满了装修垃圾，一个多月没人清理，天热了气味很大。", "西侧围墙边", "中心花园", "南门岗亭后面"),
            place(ENVIRONMENT, "%s的排水沟堵了，一下雨就积水，还有很多蚊子。", "地下车库出口", "儿童游乐区旁"),
            home(ENVIRONMENT, "我们单元楼道里有住户长期堆放纸箱和泡沫，既脏又有火灾隐患，请物业清理。"),
            home(PROPERTY_SERVICE, "家里卫生间顶上渗水，应该是楼上管道的问题，报修给物业一个星期了还没人来看。"),
            home(PROPERTY_SERVICE, "我们单元的电梯这个月已经坏了三次，家里有老人上下楼很不方便，请物业尽快检修。"),
            place(PROPERTY_SERVICE, "%s的门禁坏了好几天，陌生人随便进出，物业说在等配件，能不能快一点？", "小区北门", "东门人行通道"),
            place(PUBLIC_FACILITIES, "%s的路灯坏了一个多星期，晚上黑漆漆的，老人孩子出门很不安全。", "中心花园", "小区南门", "北侧车棚"),
            place(PUBLIC_FACILITIES, "%s的健身器材有一根横杆松动了，孩子在上面玩很危险，希望尽快维修。", "健身广场", "儿童游乐区"),
            place(PUBLIC_FACILITIES, "%s的休息座椅木板断了两块，老人坐下去差点摔倒。", "中心花园凉亭", "健身广场"),
            place(GARBAGE_SORTING, "%s每天早上都满溢出来，厨余垃圾撒了一地，清运能不能再勤一些？", "东门垃圾分类投放点", "北侧垃圾分类投放点"),
            place(GARBAGE_SORTING, "%s很多人不分类乱扔垃圾，希望安排志愿者在投放时间引导一下。", "南门垃圾分类投放点", "车棚旁的垃圾房"),
            home(GARBAGE_SORTING, "家里老人不太会垃圾分类，想请志愿者上门讲解一下，顺便发几个分类垃圾袋。"),
            home(NOISE, "楼上住户每天晚上十一点以后还在拖动家具、跳绳，已经持续一个多月，严重影响休息。"),
            home(NOISE, "隔壁在装修，周末早上七点就开始电钻，按规定周末不能施工，沟通了也没用。"),
            place(NOISE, "%s每天晚上有人跳广场舞，音响开得很大，一直到九点半以后，孩子没法写作业。", "中心花园", "健身广场"),
            home(EBIKE_CHARGING, "我们单元有住户把电动车推进楼道里充电，电线从窗户拉下来，太危险了。"),
            place(EBIKE_CHARGING, "%s的充电桩坏了一半，很多人只好飞线充电，存在很大的火灾隐患。", "北侧车棚", "东门非机动车棚"),
            place(EBIKE_CHARGING, "%s经常停满电动车，堵住了安全出口，还有人在里面充电。", "地下车库楼梯间", "单元门厅"),
            place(STREET_VENDORS_AND_ILLEGAL_STRUCTURES, "%s外面每天傍晚有流动摊贩占道经营，油烟大，车辆进出都困难。", "小区南门", "小区东门"),
            home(STREET_VENDORS_AND_ILLEGAL_STRUCTURES, "顶楼住户在楼顶平台私自搭建了彩钢房，下雨时我家天花板开始渗水。"),
            place(STREET_VENDORS_AND_ILLEGAL_STRUCTURES, "有住户在%s的公共绿地上圈地种菜，还搭了棚子，影响大家使用。", "西侧围墙边", "中心花园东侧"),
            home(NEIGHBOUR_DISPUTE, "楼上空调外机的冷凝水一直滴在我家阳台上，和邻居沟通几次都没有结果，希望社区帮忙调解。"),
            home(NEIGHBOUR_DISPUTE, "对门邻居把鞋柜和杂物放在公共过道里，我们进出很不方便，说了也不改。"),
            home(NEIGHBOUR_DISPUTE, "楼下邻居养的狗每天晚上叫个不停，还经常不牵绳在楼道里乱跑，孩子很害怕。"),
            home(RENTAL_MANAGEMENT, "我们楼有一套房子被改成群租房，住了十几个人，进出人员复杂，希望社区核查一下。"),
            home(RENTAL_MANAGEMENT, "隔壁出租屋经常更换租客，半夜有人搬东西、大声喧哗，不知道有没有登记。"),
            home(RENTAL_MANAGEMENT, "楼下有套房子改成了短租公寓，每天很多陌生人拖着行李进出单元门。"),
            place(SAFETY, "%s的消防栓没有水，灭火器也过期了，万一着火后果不堪设想。", "地下车库", "物业服务中心旁"),
            place(SAFETY, "%s的井盖松动翘起，晚上有人差点踩空，请尽快处理。", "小区主干道", "幼儿园门口"),
            home(SAFETY, "我们单元楼道里闻到明显的煤气味，已经好几天了，担心是管道漏气。"),
            place(EPIDEMIC_PREVENTION, "%s附近最近老鼠很多，垃圾桶周围经常能看到，担心传播疾病，希望组织消杀。", "东门垃圾房", "地下车库"),
            home(EPIDEMIC_PREVENTION, "家里老人想打流感疫苗，但不知道社区卫生服务站什么时候有，能不能帮忙预约？"),
            place(EPIDEMIC_PREVENTION, "%s的积水坑里孳生了很多蚊虫，希望尽快做一次灭蚊消杀。", "儿童游乐区旁", "西侧绿化带"),
            home(OTHER, "我是独居老人，想咨询一下社区有没有助餐服务，怎么报名？"),
            home(OTHER, "想了解一下老旧小区加装电梯的政策和申请流程，我们单元的邻居都很支持。"),
            home(OTHER, "家里孩子明年上小学，想咨询一下开居住证明需要准备哪些材料。"));

    /** What the handler writes on resolving, for the resident to read. */
    static final Map<RequestCategory, String> RESOLUTIONS = Map.ofEntries(
            Map.entry(PARKING, "已联系车主挪车，物业在现场加装了禁停标识和隔离桩，并安排保安每日巡查。"),
            Map.entry(ENVIRONMENT, "物业已安排保洁人员清理完毕，并在现场张贴了禁止乱堆乱放的提示。"),
            Map.entry(PROPERTY_SERVICE, "维修师傅已上门检修，故障已排除，后续一周会回访使用情况。"),
            Map.entry(PUBLIC_FACILITIES, "已更换损坏部件并完成测试，设施已恢复正常使用。"),
            Map.entry(GARBAGE_SORTING, "志愿者已在投放时段轮流值守引导，清运频次调整为每天两次。"),
            Map.entry(NOISE, "联户党员已上门与当事住户沟通，对方表示理解，承诺晚上十点后不再产生噪音。"),
            Map.entry(EBIKE_CHARGING, "已劝导住户将电动车移至集中充电点，飞线已拆除，损坏的充电桩已更换。"),
            Map.entry(STREET_VENDORS_AND_ILLEGAL_STRUCTURES, "社区已联合城管执法队现场处置，并将该点位纳入每日巡查。"),
            Map.entry(NEIGHBOUR_DISPUTE, "社区调解员和联户党员组织双方当面协商，已达成一致意见。"),
            Map.entry(RENTAL_MANAGEMENT, "社区联合派出所上门核查，已督促房东整改并完成租客信息登记。"),
            Map.entry(SAFETY, "已组织专业人员现场排查，隐患已消除，相关设施已更换。"),
            Map.entry(EPIDEMIC_PREVENTION, "社区卫生服务站已安排消杀，并告知了预约接种的方式。"),
            Map.entry(OTHER, "已电话告知办理流程和所需材料，相关资料也已发送给您。"));

    static final List<String> REJECTIONS = List.of(
            "经核实，该事项属于业主与开发商之间的合同纠纷，建议通过法律途径解决，社区可提供法律咨询。",
            "所反映的地点不在本社区辖区，已告知您向所属社区反映。",
            "反映内容不够具体，无法核实，欢迎补充具体位置后重新提交。",
            "该问题已有其他居民反映，社区正在统一处理，请关注小区公告。");
    static final List<String> SEND_BACKS =
            List.of("该问题涉及小区公共管网，不在联户党员可处理的范围，请社区另行派单。", "经现场查看，问题需要市政部门处理，不属于物业服务范围。", "该户已搬离，联系不上当事人，请社区核实情况。");
    static final List<String> ESCALATIONS =
            List.of("涉及多个部门职责，需要上级协调城管、市场监管等部门共同处理。", "经多次沟通，责任方拒不整改，需要上级督办。", "需要相关部门审批，本级无权处置。");
    /** A question and the resident's answer to it. */
    static final List<List<String>> QUESTIONS = List.of(
            List.of("请问具体是哪个位置？方便的话请补充一张现场照片。", "在单元门口左手边，照片已经发到小区群里了。"),
            List.of("请问您这周哪天方便在家？维修师傅需要入户查看。", "这周六上午都在家，来之前打个电话就行。"),
            List.of("请问一般是几点出现？我们安排人在那个时间去现场看看。", "一般是晚上十点以后，周末更严重。"));

    static final List<String> REOPENS = List.of("修好没两天又坏了，问题没有解决。", "情况和之前一样，没有任何改变。", "只处理了一半，剩下的没人管了。");
    static final List<String> WITHDRAWALS = List.of("已经和邻居沟通好了，不用处理了。", "问题自己解决了，谢谢社区。", "提交错了，重新提交一条。");
    static final String REASSIGNED = "原承办方无法办理，改由社区直接办理。";
    static final String REDISPATCHED = "已超过办理时限，请加快办理并及时向居民反馈。";
    static final String RAISED = "现场核实存在安全隐患，调整为紧急办理。";

    /** What residents say when they rate a resolution, by the rating. */
    static final Map<Integer, List<String>> COMMENTS = Map.of(
            5, List.of("处理很及时，师傅态度也好，点赞！", "党员同志上门好几次，真的很用心。", "当天反映当天就解决了，很满意。"),
            4, List.of("问题解决了，就是等的时间稍长了一点。", "处理得不错，希望以后保持。"),
            3, List.of("解决了，但过程有点拖。", "基本解决了，还需要继续观察。"),
            2, List.of("拖了很久才处理，希望以后快一点。", "处理结果一般，沟通不够及时。"),
            1, List.of("反映多次才有人管，很不满意。", "处理很敷衍，问题根本没解决好。"));

    private static final List<String> SURNAMES =
            List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭");
    private static final List<String> GIVEN_NAMES =
            List.of("建国", "秀英", "桂兰", "志强", "丽娟", "海燕", "伟", "芳", "敏", "静", "磊", "洋", "勇", "艳", "国庆", "淑珍");

    private DemoTexts() {}

    static List<Template> templatesOf(RequestCategory category) {
        return TEMPLATES.stream().filter(t -> t.category() == category).toList();
    }

    static String pick(List<String> choices, SplittableRandom random) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** A made-up name of common surname and given name. */
    static String contactName(SplittableRandom random) {
        return pick(SURNAMES, random) + pick(GIVEN_NAMES, random);
    }

    /** A number of the 138/139 0013 test ranges, never a real subscriber's. */
    static String contactPhone(SplittableRandom random) {
        return "1" + (random.nextBoolean() ? "38" : "39") + "0013" + String.format("%04d", random.nextInt(10_000));
    }

    private static Template home(RequestCategory category, String text) {
        return new Template(category, text, List.of());
    }

    private static Template place(RequestCategory category, String text, String... places) {
        return new Template(category, text, List.of(places));
    }
}
