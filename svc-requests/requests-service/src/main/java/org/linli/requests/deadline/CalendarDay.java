package org.linli.requests.deadline;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDate;

/** A day of the working-day calendar that is not what its weekday says (a holiday, or a 调休 workday). */
@TableName("calendar_day")
class CalendarDay {
    @TableId(type = IdType.INPUT)
    private LocalDate day;

    private DayKind kind;

    private String name;

    LocalDate getDay() {
        return day;
    }

    void setDay(LocalDate day) {
        this.day = day;
    }

    DayKind getKind() {
        return kind;
    }

    void setKind(DayKind kind) {
        this.kind = kind;
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }
}
