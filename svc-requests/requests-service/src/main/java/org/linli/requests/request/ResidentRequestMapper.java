package org.linli.requests.request;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface ResidentRequestMapper extends BaseMapper<ResidentRequest> {

    /** A resident's own requests, newest first (idx_resident_request_submitter). */
    default Page<ResidentRequest> selectPageBySubmitter(long accountId, Page<ResidentRequest> page) {
        return selectPage(
                page,
                new LambdaQueryWrapper<ResidentRequest>()
                        .eq(ResidentRequest::getSubmitterAccountId, accountId)
                        .orderByDesc(ResidentRequest::getId));
    }
}
