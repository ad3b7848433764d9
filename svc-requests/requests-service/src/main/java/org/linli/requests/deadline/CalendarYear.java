package org.linli.requests.deadline;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;

/** A year whose holidays and make-up days an administrator has entered: deadlines through it are final. */
@TableName("calendar_year")
class CalendarYear {
    @TableId(type = IdType.INPUT)
    private Integer year;

    private Instant enteredAt;

    private Long enteredBy;

    Integer getYear() {
        return year;
    }

    void setYear(Integer year) {
        this.year = year;
    }

    Instant getEnteredAt() {
        return enteredAt;
    }

    void setEnteredAt(Instant enteredAt) {
        this.enteredAt = enteredAt;
    }

    Long getEnteredBy() {
        return enteredBy;
    }

    void setEnteredBy(Long enteredBy) {
        this.enteredBy = enteredBy;
    }
}
