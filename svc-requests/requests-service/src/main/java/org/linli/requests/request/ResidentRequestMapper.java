package org.linli.requests.request;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface ResidentRequestMapper extends BaseMapper<ResidentRequest> {

    /**
     * The requests placed in a subtree, oldest first (the order to work through them), by the
     * idx_resident_request_scope prefix; unplaced ones (no path yet) are in no subtree.
     */
    default Page<ResidentRequest> selectPageInScope(
            String scopePrefix, RequestStatus status, Page<ResidentRequest> page) {
        return selectPage(
                page,
                new LambdaQueryWrapper<ResidentRequest>()
                        .likeRight(ResidentRequest::getScopePath, scopePrefix)
                        .eq(status != null, ResidentRequest::getStatus, status)
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
}
