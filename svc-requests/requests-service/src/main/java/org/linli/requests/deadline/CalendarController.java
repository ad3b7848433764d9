package org.linli.requests.deadline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.linli.platform.access.StaffOnly;
import org.linli.platform.access.SystemAdminOnly;
import org.linli.platform.apidocs.ProblemCode;
import org.linli.platform.security.Caller;
import org.linli.requests.deadline.dto.CalendarYearView;
import org.linli.requests.deadline.dto.EnterCalendarYear;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/requests/calendar")
@Tag(
        name = "工作日历 · Working-day calendar",
        description = "Holidays and make-up working days (调休), a year at a time, as the State Council publishes"
                + " them each November. A year nobody entered counts weekdays only, and deadlines through it are"
                + " marked provisional until it is entered.")
class CalendarController {

    private final WorkingCalendarAdmin calendar;

    CalendarController(WorkingCalendarAdmin calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/{year}")
    @StaffOnly(scope = "Any staff member: the calendar is the same everywhere and holds no one's data.")
    @Operation(summary = "Show a year of the calendar")
    @ProblemCode(status = 422, code = "calendar.year-out-of-range", when = "The year is before 2000 or after 2100.")
    CalendarYearView year(@Parameter(description = "The year.", example = "2026") @PathVariable int year) {
        return calendar.year(year);
    }

    @PutMapping("/{year}")
    @SystemAdminOnly(scope = "The whole deployment: every deadline counted through this year.")
    @Operation(
            summary = "Enter a year's holidays and make-up days",
            description = "Replaces what the year held and marks it entered. Open requests whose deadlines were"
                    + " provisional, or counted through this year, are counted again on it.")
    @ProblemCode(status = 422, code = "calendar.year-out-of-range", when = "The year is before 2000 or after 2100.")
    @ProblemCode(
            status = 422,
            code = "calendar.invalid-days",
            when = "A day outside the year, a day listed twice, or a make-up working day that is not a weekend"
                    + " day; `errors` names each.")
    @ProblemCode(
            status = 422,
            code = "request.invalid",
            when = "days is missing or holds more than 100, or a day lacks its date, kind or name.")
    CalendarYearView enter(
            Caller caller,
            @Parameter(description = "The year.", example = "2027") @PathVariable int year,
            @Valid @RequestBody EnterCalendarYear command) {
        return calendar.enter(caller, year, command);
    }
}
