package org.linli.requests.deadline;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface CalendarDayMapper extends BaseMapper<CalendarDay> {

    default List<CalendarDay> selectYear(int year) {
        return selectList(new LambdaQueryWrapper<CalendarDay>()
                .between(CalendarDay::getDay, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .orderByAsc(CalendarDay::getDay));
    }

    default int deleteYear(int year) {
        return delete(new LambdaQueryWrapper<CalendarDay>()
                .between(CalendarDay::getDay, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }
}
