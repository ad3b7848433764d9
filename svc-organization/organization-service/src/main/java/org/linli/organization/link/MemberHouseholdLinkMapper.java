package org.linli.organization.link;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

@Mapper
interface MemberHouseholdLinkMapper extends BaseMapper<MemberHouseholdLink> {

    default MemberHouseholdLink selectByHousehold(long householdId) {
        return selectOne(
                new LambdaQueryWrapper<MemberHouseholdLink>().eq(MemberHouseholdLink::getHouseholdId, householdId));
    }

    default int deleteByHousehold(long householdId, long memberId) {
        return delete(new LambdaQueryWrapper<MemberHouseholdLink>()
                .eq(MemberHouseholdLink::getHouseholdId, householdId)
                .eq(MemberHouseholdLink::getPartyMemberId, memberId));
    }

    /** Moves a household to another member only if it is still with {@code from}: no lost update. */
    @Update("UPDATE member_household_link SET party_member_id = #{to}"
            + " WHERE household_id = #{householdId} AND party_member_id = #{from}")
    int reassign(@Param("householdId") long householdId, @Param("from") long from, @Param("to") long to);
}
