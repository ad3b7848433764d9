package org.linli.organization.householdapplication;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

@Mapper
interface HouseholdApplicationMapper extends BaseMapper<HouseholdApplication> {

    /** Applications in a subtree, oldest first (the order staff work through them). */
    default Page<HouseholdApplication> selectPageInScope(
            String scopePrefix, HouseholdApplicationStatus status, Page<HouseholdApplication> page) {
        return selectPage(
                page,
                new LambdaQueryWrapper<HouseholdApplication>()
                        .likeRight(HouseholdApplication::getScopePath, scopePrefix)
                        .eq(status != null, HouseholdApplication::getStatus, status)
                        .orderByAsc(HouseholdApplication::getId));
    }

    default List<HouseholdApplication> selectByAccount(long accountId) {
        return selectList(new LambdaQueryWrapper<HouseholdApplication>()
                .eq(HouseholdApplication::getAccountId, accountId)
                .orderByDesc(HouseholdApplication::getId));
    }

    /** Records a decision only if the application is still {@code from}; 0 rows when someone decided first. */
    @Update("UPDATE household_application SET status = #{to}, decision_reason = #{reason},"
            + " decided_by = #{decidedBy}, decided_at = NOW(3), version = version + 1, updated_at = NOW(3)"
            + " WHERE id = #{id} AND status = #{from}")
    int decide(
            @Param("id") long id,
            @Param("from") HouseholdApplicationStatus from,
            @Param("to") HouseholdApplicationStatus to,
            @Param("reason") String reason,
            @Param("decidedBy") long decidedBy);

    /**
     * Consent withdrawn: pending applications are withdrawn, and undecided or refused ones let go of the
     * person (who may be erased). Approved ones stay: their tie is the community's registry.
     */
    @Update("UPDATE household_application SET person_id = NULL,"
            + " status = CASE WHEN status = 'PENDING' THEN 'WITHDRAWN' ELSE status END,"
            + " version = version + 1, updated_at = NOW(3)"
            + " WHERE account_id = #{accountId} AND status <> 'APPROVED'")
    int releaseApplicant(@Param("accountId") long accountId);
}
