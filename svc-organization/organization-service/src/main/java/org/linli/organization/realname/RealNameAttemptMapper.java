package org.linli.organization.realname;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface RealNameAttemptMapper extends BaseMapper<RealNameAttempt> {

    /** The attempts that count against the limit since {@code since}, oldest first. */
    default List<RealNameAttempt> selectCountedSince(long accountId, LocalDateTime since) {
        return selectList(new LambdaQueryWrapper<RealNameAttempt>()
                .eq(RealNameAttempt::getAccountId, accountId)
                .ge(RealNameAttempt::getCreatedAt, since)
                .in(RealNameAttempt::getOutcome, AttemptOutcome.PENDING, AttemptOutcome.MISMATCHED)
                .orderByAsc(RealNameAttempt::getCreatedAt));
    }
}
