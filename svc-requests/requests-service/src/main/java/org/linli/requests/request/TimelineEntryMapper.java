package org.linli.requests.request;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface TimelineEntryMapper extends BaseMapper<TimelineEntry> {

    /** A request's steps in the order they happened; internal notes only when asked for (staff). */
    default List<TimelineEntry> selectByRequest(long requestId, boolean withInternal) {
        return selectList(new LambdaQueryWrapper<TimelineEntry>()
                .eq(TimelineEntry::getRequestId, requestId)
                .eq(!withInternal, TimelineEntry::getInternal, false)
                .orderByAsc(TimelineEntry::getId));
    }
}
