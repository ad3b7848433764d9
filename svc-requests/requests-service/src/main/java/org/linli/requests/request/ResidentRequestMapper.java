package org.linli.requests.request;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.linli.requests.triage.RequestCategory;

@Mapper
interface ResidentRequestMapper extends BaseMapper<ResidentRequest> {

    /**
     * The requests placed in a subtree, oldest first (the order to work through them), by the
     * idx_resident_request_scope prefix; unplaced ones (no path yet) are in no subtree. {@code handlerKind}
     * narrows it to what is dispatched to that kind of handler (property staff see only theirs).
     */
    default Page<ResidentRequest> selectPageInScope(
            String scopePrefix, AreaFilter filter, HandlerKind handlerKind, Page<ResidentRequest> page) {
        return selectPage(
                page,
                new LambdaQueryWrapper<ResidentRequest>()
                        .likeRight(ResidentRequest::getScopePath, scopePrefix)
                        .eq(filter.status() != null, ResidentRequest::getStatus, filter.status())
                        .eq(filter.category() != null, ResidentRequest::getCategory, filter.category())
                        .eq(filter.urgency() != null, ResidentRequest::getUrgency, filter.urgency())
                        .eq(handlerKind != null, ResidentRequest::getHandlerKind, handlerKind)
                        .orderByAsc(ResidentRequest::getId));
    }

    /** A resident's own requests, newest first (idx_resident_request_submitter). */
    default Page<ResidentRequest> selectPageBySubmitter(long accountId, Page<ResidentRequest> page) {
        return selectPage(
                page,
                new LambdaQueryWrapper<ResidentRequest>()
                        .eq(ResidentRequest::getSubmitterAccountId, accountId)
                        .orderByDesc(ResidentRequest::getId));
    }

    /**
     * What is dispatched to a person (a party member) or claimed by them (a micro-wish), oldest first
     * (idx_resident_request_handler).
     */
    default Page<ResidentRequest> selectPageHandledBy(long personId, Page<ResidentRequest> page) {
        return selectPage(
                page,
                new LambdaQueryWrapper<ResidentRequest>()
                        .eq(ResidentRequest::getHandlerPersonId, personId)
                        .in(ResidentRequest::getHandlerKind, HandlerKind.PARTY_MEMBER, HandlerKind.VOLUNTEER)
                        .orderByAsc(ResidentRequest::getId));
    }

    /**
     * The open requests about common places of a compound, newest first: its public board
     * (idx_resident_request_compound). Micro-wishes are left out: they have their own board.
     */
    default Page<ResidentRequest> selectPageOfCompound(String compoundPath, Page<ResidentRequest> page) {
        return selectPage(
                page,
                new LambdaQueryWrapper<ResidentRequest>()
                        .eq(ResidentRequest::getCompoundPath, compoundPath)
                        .eq(ResidentRequest::getKind, RequestKind.REQUEST)
                        .isNotNull(ResidentRequest::getPlace)
                        .notIn(ResidentRequest::getStatus, RequestStatus.closedOnes())
                        .orderByDesc(ResidentRequest::getId));
    }

    /** Open requests of a category in a compound, newest first: where duplicates are looked for. */
    default List<ResidentRequest> selectOpenOfCompound(
            String compoundPath, RequestCategory category, Instant since, int limit) {
        return selectList(new LambdaQueryWrapper<ResidentRequest>()
                .eq(ResidentRequest::getCompoundPath, compoundPath)
                .eq(ResidentRequest::getCategory, category)
                .eq(ResidentRequest::getKind, RequestKind.REQUEST)
                .notIn(ResidentRequest::getStatus, RequestStatus.closedOnes())
                .ge(ResidentRequest::getSubmittedAt, since)
                .orderByDesc(ResidentRequest::getId)
                .last("LIMIT " + limit));
    }

    /** A compound's published micro-wishes nobody has claimed yet, oldest first (idx_resident_request_kind). */
    default Page<ResidentRequest> selectPageOfWishes(String compoundPath, Page<ResidentRequest> page) {
        return selectPage(
                page,
                new LambdaQueryWrapper<ResidentRequest>()
                        .eq(ResidentRequest::getKind, RequestKind.MICRO_WISH)
                        .eq(ResidentRequest::getCompoundPath, compoundPath)
                        .eq(ResidentRequest::getStatus, RequestStatus.ACCEPTED)
                        .orderByAsc(ResidentRequest::getId));
    }

    /**
     * The requests the deadline job must look at now, most overdue first: a range read of the index
     * idx_resident_request_next_check (only ids, so the index alone answers), however many requests are open.
     */
    @Select("SELECT id FROM resident_request WHERE next_check_at <= #{now} ORDER BY next_check_at LIMIT #{limit}")
    List<Long> selectDueIds(@Param("now") Instant now, @Param("limit") int limit);

    /**
     * One of those, locked for this transaction, if it is still due: another instance holding it is skipped
     * (SKIP LOCKED), and one that took it already has moved its next look on, so it no longer matches.
     */
    @Select("SELECT * FROM resident_request WHERE id = #{id} AND next_check_at <= #{now} FOR UPDATE SKIP LOCKED")
    ResidentRequest lockIfDue(@Param("id") long id, @Param("now") Instant now);

    /** After a failed pass: look again later, not on every pass. */
    @Update("UPDATE resident_request SET next_check_at = #{at} WHERE id = #{id}")
    int postponeCheck(@Param("id") long id, @Param("at") Instant at);

    /** Accepted requests waiting for svc-organization to say who handles them (idx_resident_request_dispatch). */
    @Select("SELECT id FROM resident_request WHERE dispatch_pending = TRUE ORDER BY id LIMIT #{limit}")
    List<Long> selectDispatchPendingIds(@Param("limit") int limit);

    /** Requests filed while svc-organization was away, still without a place (idx_resident_request_scope). */
    @Select("SELECT id FROM resident_request WHERE scope_path IS NULL AND status = 'SUBMITTED' ORDER BY id"
            + " LIMIT #{limit}")
    List<Long> selectUnplacedIds(@Param("limit") int limit);

    /** A request locked for this transaction, or null when another instance holds it (SKIP LOCKED). */
    @Select("SELECT * FROM resident_request WHERE id = #{id} FOR UPDATE SKIP LOCKED")
    ResidentRequest lockOrSkip(@Param("id") long id);

    /** Open requests whose deadlines were counted on a calendar year nobody had entered (idx_..._provisional). */
    default List<ResidentRequest> selectProvisional() {
        return selectList(new LambdaQueryWrapper<ResidentRequest>().eq(ResidentRequest::getDeadlineProvisional, true));
    }

    /** Requests whose resolution deadline lies in [from, to) (idx_resident_request_due). */
    default List<ResidentRequest> selectDueBetween(Instant from, Instant to) {
        return selectList(new LambdaQueryWrapper<ResidentRequest>()
                .ge(ResidentRequest::getResolutionDueAt, from)
                .lt(ResidentRequest::getResolutionDueAt, to));
    }
}
