package org.linli.organization.partner;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface PartnerUnitMapper extends BaseMapper<PartnerUnit> {

    default List<PartnerUnit> selectByCommunity(long communityId) {
        return selectList(new LambdaQueryWrapper<PartnerUnit>()
                .eq(PartnerUnit::getCommunityId, communityId)
                .orderByAsc(PartnerUnit::getName));
    }
}
