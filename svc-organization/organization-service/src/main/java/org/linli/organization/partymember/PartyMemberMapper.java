package org.linli.organization.partymember;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

@Mapper
interface PartyMemberMapper extends BaseMapper<PartyMember> {

    default PartyMember selectByPerson(long personId) {
        return selectOne(new LambdaQueryWrapper<PartyMember>().eq(PartyMember::getPersonId, personId));
    }

    default Page<PartyMember> selectPageInScope(String scopePrefix, Page<PartyMember> page) {
        return selectPage(
                page,
                new LambdaQueryWrapper<PartyMember>()
                        .likeRight(PartyMember::getScopePath, scopePrefix)
                        .orderByAsc(PartyMember::getId));
    }

    /** Takes one household slot if the member is below the bound; 0 rows when full. Atomic, no read first. */
    @Update("UPDATE party_member SET linked_households = linked_households + 1"
            + " WHERE id = #{id} AND linked_households < #{max}")
    int takeHouseholdSlot(@Param("id") long id, @Param("max") int max);

    @Update("UPDATE party_member SET linked_households = linked_households - 1"
            + " WHERE id = #{id} AND linked_households > 0")
    int releaseHouseholdSlot(@Param("id") long id);
}
