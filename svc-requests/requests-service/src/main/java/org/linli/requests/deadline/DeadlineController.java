package org.linli.requests.deadline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.linli.platform.access.StaffOnly;
import org.linli.platform.apidocs.ProblemCode;
import org.linli.platform.error.DomainException;
import org.linli.platform.error.FieldProblem;
import org.linli.requests.deadline.dto.DeadlineAnswer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "办理时限 · Deadlines",
        description = "Deadlines on the working-day calendar (工作日历, with 调休 make-up days): N working days end at"
                + " 23:59:59 Beijing time of the Nth working day after the day of submission; hours are wall-clock.")
class DeadlineController {

    private final DeadlineCalculator deadlines;

    DeadlineController(DeadlineCalculator deadlines) {
        this.deadlines = deadlines;
    }

    @GetMapping("/api/requests/deadlines/preview")
    @StaffOnly(scope = "Any staff member: the calendar is the same everywhere and holds no one's data.")
    @Operation(
            summary = "Preview a deadline",
            description = "The deadline a request submitted at `at` gets from `workingDays` working days or from"
                    + " `hours` hours: give exactly one of them.")
    @ProblemCode(
            status = 422,
            code = "request.invalid",
            when = "workingDays or hours is out of range (1 to 60, 1 to 720); `errors` names it.")
    @ProblemCode(
            status = 422,
            code = "deadline.one-measure",
            when = "Neither or both of workingDays and hours were given: give exactly one.")
    DeadlineAnswer preview(
            @Parameter(description = "The submission instant, ISO-8601 with offset.", example = "2026-02-13T10:30:00Z")
                    @RequestParam
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    OffsetDateTime at,
            @Parameter(description = "Working days, 1 to 60.", example = "3")
                    @RequestParam(required = false)
                    @Min(1)
                    @Max(60)
                    Integer workingDays,
            @Parameter(description = "Wall-clock hours, 1 to 720.", example = "24")
                    @RequestParam(required = false)
                    @Min(1)
                    @Max(720)
                    Integer hours) {
        if ((workingDays == null) == (hours == null)) {
            String message = "give exactly one of workingDays and hours";
            throw new DomainException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "deadline.one-measure",
                    "Give exactly one of workingDays and hours.",
                    List.of(new FieldProblem("workingDays", message), new FieldProblem("hours", message)));
        }
        OffsetDateTime deadline = workingDays != null
                ? deadlines.afterWorkingDays(at.toInstant(), workingDays)
                : deadlines.afterHours(at.toInstant(), hours);
        return new DeadlineAnswer(deadline.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }
}
