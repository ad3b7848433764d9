package org.linli.organization.demo;

import java.util.List;
import java.util.SplittableRandom;

/** Place names of Zengcheng (增城) and common Chinese personal names, for data that reads as real. */
final class DemoNames {

    static final String DISTRICT = "增城区";

    private static final List<String> STREETS =
            List.of("荔城街道", "增江街道", "朱村街道", "永宁街道", "荔湖街道", "宁西街道", "新塘镇", "石滩镇", "中新镇", "仙村镇");
    private static final List<String> COMMUNITIES =
            List.of("凤凰", "光明", "金竹", "和平", "东桥", "新联", "太平", "翠湖", "锦绣", "荔景", "挂绿", "富鹏", "沙庄", "夏街", "雁塔", "西园");
    private static final List<String> COMPOUNDS = List.of(
            "碧桂园", "荔湖城", "翡翠绿洲", "凤凰城", "东江首府", "御景花园", "山水华府", "锦绣香江", "荔乡园", "保利花园", "时代廊桥", "富力公园", "海伦堡", "星河湾",
            "华侨新村", "雅居乐");
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆";
    private static final String MALE = "伟强磊军洋勇杰涛明超华建国志平辉刚健峰文斌浩俊鹏宇";
    private static final String FEMALE = "芳娜敏静丽艳娟霞秀玲婷燕红梅琳雪慧倩颖佳欣怡晓萍";
    static final List<String> EMPLOYERS =
            List.of("增城区税务局", "增城区人民医院", "增城区第一中学", "增城供电局", "中国银行增城支行", "增城区城市管理和综合执法局", "荔城街道卫生服务中心", "广汽本田增城工厂");

    private DemoNames() {}

    static String street(int i) {
        return numbered(STREETS, i);
    }

    static String community(int i) {
        return numbered(COMMUNITIES, i) + "社区";
    }

    /** Compound names are unique in the district, so that a street-wide import can name them. */
    static String compound(int i) {
        return numbered(COMPOUNDS, i);
    }

    static String person(SplittableRandom random, boolean male) {
        // the first surnames are by far the most common: favour them
        int surname = Math.min(random.nextInt(SURNAMES.length()), random.nextInt(SURNAMES.length()));
        String given = male ? MALE : FEMALE;
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(surname));
        name.append(given.charAt(random.nextInt(given.length())));
        if (random.nextInt(3) > 0) {
            name.append(given.charAt(random.nextInt(given.length())));
        }
        return name.toString();
    }

    private static String numbered(List<String> names, int i) {
        int round = i / names.size();
        return names.get(i % names.size()) + (round == 0 ? "" : String.valueOf(round + 1));
    }
}
