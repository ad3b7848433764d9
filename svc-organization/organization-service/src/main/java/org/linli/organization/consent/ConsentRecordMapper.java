package org.linli.organization.consent;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

@Mapper
interface ConsentRecordMapper extends BaseMapper<ConsentRecord> {

    default ConsentRecord selectInForce(long accountId) {
        return selectOne(new LambdaQueryWrapper<ConsentRecord>()
                .eq(ConsentRecord::getAccountId, accountId)
                .isNull(ConsentRecord::getEndedAt));
    }

    default List<ConsentRecord> selectHistory(long accountId) {
        return selectList(new LambdaQueryWrapper<ConsentRecord>()
                .eq(ConsentRecord::getAccountId, accountId)
                .orderByDesc(ConsentRecord::getId));
    }

    /** Ends a consent still in force; 0 rows when another request ended it first. */
    @Update("UPDATE consent_record SET ended_at = #{at}, end_reason = #{reason}, updated_at = NOW(3)"
            + " WHERE id = #{id} AND ended_at IS NULL")
    int end(@Param("id") long id, @Param("reason") ConsentEnd reason, @Param("at") LocalDateTime at);
}
