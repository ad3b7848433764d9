package org.linli.organization.compoundparty;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface CompoundPartyMemberMapper extends BaseMapper<CompoundPartyMember> {

    default List<CompoundPartyMember> selectByParties(Collection<Long> partyIds) {
        return selectList(new LambdaQueryWrapper<CompoundPartyMember>()
                .in(CompoundPartyMember::getCompoundPartyId, partyIds)
                .orderByAsc(CompoundPartyMember::getRole, CompoundPartyMember::getId));
    }
}
