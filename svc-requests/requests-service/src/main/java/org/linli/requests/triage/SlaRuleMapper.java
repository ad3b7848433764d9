package org.linli.requests.triage;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** The SLA table, keyed by (category, urgency): MyBatis-Plus has no composite ids, so the key is a wrapper. */
@Mapper
interface SlaRuleMapper extends BaseMapper<SlaRule> {

    default SlaRule selectRow(RequestCategory category, Urgency urgency) {
        return selectOne(key(category, urgency));
    }

    default int updateRow(SlaRule row) {
        return update(row, key(row.getCategory(), row.getUrgency()));
    }

    default List<SlaRule> selectTable() {
        return selectList(new LambdaQueryWrapper<SlaRule>()
                .orderByAsc(SlaRule::getCategory)
                .orderByAsc(SlaRule::getUrgency));
    }

    private static LambdaQueryWrapper<SlaRule> key(RequestCategory category, Urgency urgency) {
        return new LambdaQueryWrapper<SlaRule>()
                .eq(SlaRule::getCategory, category)
                .eq(SlaRule::getUrgency, urgency);
    }
}
