package org.linli.organization.realname;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface RealNameVerificationMapper extends BaseMapper<RealNameVerification> {

    default RealNameVerification selectCurrent(long accountId) {
        return selectOne(new LambdaQueryWrapper<RealNameVerification>()
                .eq(RealNameVerification::getAccountId, accountId)
                .isNull(RealNameVerification::getEndedAt));
    }
}
