package org.linli.requests.deadline;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface CalendarYearMapper extends BaseMapper<CalendarYear> {}
