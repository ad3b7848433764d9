package org.linli.organization.partymember;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
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

    /**
     * Replaces a member's assignment if nobody changed it since {@code version} was read; 0 rows when
     * stale. Explicit SQL because updateById skips null columns and a cleared partner unit must be written.
     */
    @Update("UPDATE party_member SET party_org_id = #{orgId}, scope_path = #{scopePath}, position = #{position},"
            + " partner_unit_id = #{partnerUnitId}, version = version + 1, updated_at = NOW(3)"
            + " WHERE id = #{id} AND version = #{version}")
    int reassign(
            @Param("id") long id,
            @Param("version") int version,
            @Param("orgId") long orgId,
            @Param("scopePath") String scopePath,
            @Param("position") MemberPosition position,
            @Param("partnerUnitId") Long partnerUnitId);

    /**
     * How many of the member's linked households lie outside {@code scopePath}. Reads the link table
     * directly: asking the link feature would make the two packages depend on each other.
     */
    @Select("SELECT COUNT(*) FROM member_household_link"
            + " WHERE party_member_id = #{id} AND path NOT LIKE CONCAT(#{scopePath}, '%')")
    int countLinkedOutside(@Param("id") long id, @Param("scopePath") String scopePath);

    default List<PartyMember> selectByPersons(Collection<Long> personIds) {
        return selectList(new LambdaQueryWrapper<PartyMember>().in(PartyMember::getPersonId, personIds));
    }

    /** Takes one household slot if the member is below the bound; 0 rows when full. Atomic, no read first. */
    @Update("UPDATE party_member SET linked_households = linked_households + 1"
            + " WHERE id = #{id} AND linked_households < #{max}")
    int takeHouseholdSlot(@Param("id") long id, @Param("max") int max);

    @Update("UPDATE party_member SET linked_households = linked_households - 1"
            + " WHERE id = #{id} AND linked_households > 0")
    int releaseHouseholdSlot(@Param("id") long id);
}
