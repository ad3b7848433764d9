package org.linli.requests.deadline;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface CalendarDayMapper extends BaseMapper<CalendarDay> {

    /** The exceptions from {@code from} on: a few dozen rows a year, so no upper bound is worth the guess. */
    default List<CalendarDay> selectFrom(LocalDate from) {
        return selectList(new LambdaQueryWrapper<CalendarDay>().ge(CalendarDay::getDay, from));
    }
}
