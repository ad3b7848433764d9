package org.linli.organization.compoundparty;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface CompoundPartyMapper extends BaseMapper<CompoundParty> {

    default List<CompoundParty> selectByCompound(long compoundId) {
        return selectList(new LambdaQueryWrapper<CompoundParty>()
                .eq(CompoundParty::getCompoundId, compoundId)
                .orderByAsc(CompoundParty::getKind));
    }

    default CompoundParty selectByKind(long compoundId, CompoundPartyKind kind) {
        return selectOne(new LambdaQueryWrapper<CompoundParty>()
                .eq(CompoundParty::getCompoundId, compoundId)
                .eq(CompoundParty::getKind, kind));
    }
}
