package org.linli.organization.transfer;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linli.organization.household.TieRelation;
import org.linli.organization.partymember.MemberCategory;
import org.linli.organization.partymember.MemberPosition;

/** The words staff write in a sheet for the registry's enumerations, both ways. */
final class Vocabulary<E extends Enum<E>> {

    static final Vocabulary<TieRelation> RELATIONS = new Vocabulary<>(
            TieRelation.class,
            List.of(
                    Map.entry("业主", TieRelation.OWNER),
                    Map.entry("家庭成员", TieRelation.FAMILY),
                    Map.entry("租户", TieRelation.TENANT)));

    static final Vocabulary<MemberCategory> CATEGORIES = new Vocabulary<>(
            MemberCategory.class,
            List.of(
                    Map.entry("居民", MemberCategory.RESIDENT),
                    Map.entry("在职", MemberCategory.IN_SERVICE),
                    Map.entry("离退休", MemberCategory.RETIRED),
                    Map.entry("流动", MemberCategory.MOBILE)));

    static final Vocabulary<MemberPosition> POSITIONS = new Vocabulary<>(
            MemberPosition.class,
            List.of(
                    Map.entry("书记", MemberPosition.SECRETARY),
                    Map.entry("委员", MemberPosition.COMMITTEE_MEMBER),
                    Map.entry("小组长", MemberPosition.GROUP_LEADER),
                    Map.entry("兼职委员", MemberPosition.PART_TIME_COMMITTEE_MEMBER),
                    Map.entry("党员", MemberPosition.MEMBER)));

    private final Map<String, E> byWord;
    private final Map<E, String> byValue;

    private Vocabulary(Class<E> type, List<Map.Entry<String, E>> words) {
        this.byWord = new LinkedHashMap<>();
        this.byValue = new EnumMap<>(type);
        words.forEach(w -> {
            byWord.put(w.getKey(), w.getValue());
            byValue.put(w.getValue(), w.getKey());
        });
    }

    Optional<E> parse(String word) {
        return Optional.ofNullable(byWord.get(word));
    }

    String word(E value) {
        return byValue.get(value);
    }

    /** For messages: "业主/家庭成员/租户". */
    String choices() {
        return String.join("/", byWord.keySet());
    }
}
