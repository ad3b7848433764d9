package org.linli.organization.registration;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

@Mapper
interface RegistrationMapper extends BaseMapper<Registration> {

    /** Applications in a subtree, oldest first (the order a committee works through them). */
    default Page<Registration> selectPageInScope(
            String scopePrefix, RegistrationStatus status, Page<Registration> page) {
        return selectPage(
                page,
                new LambdaQueryWrapper<Registration>()
                        .likeRight(Registration::getScopePath, scopePrefix)
                        .eq(status != null, Registration::getStatus, status)
                        .orderByAsc(Registration::getId));
    }

    /**
     * Records a decision only if the application is still {@code from}; 0 rows when someone decided
     * first. The condition is the lock: two staff deciding at once cannot both succeed.
     */
    @Update("UPDATE registration SET status = #{to}, decision_reason = #{reason}, decided_by = #{decidedBy},"
            + " decided_at = NOW(3), party_member_id = #{partyMemberId}, version = version + 1, updated_at = NOW(3)"
            + " WHERE id = #{id} AND status = #{from}")
    int decide(
            @Param("id") long id,
            @Param("from") RegistrationStatus from,
            @Param("to") RegistrationStatus to,
            @Param("reason") String reason,
            @Param("decidedBy") long decidedBy,
            @Param("partyMemberId") Long partyMemberId);
}
