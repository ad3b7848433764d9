package org.linli.requests.deadline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.linli.platform.access.StaffOnly;
import org.linli.platform.apidocs.ProblemCode;
import org.linli.platform.error.DomainException;
import org.linli.platform.error.FieldProblem;
import org.linli.requests.deadline.dto.DeadlineAnswer;
import org.linli.requests.triage.RequestCategory;
import org.linli.requests.triage.Urgency;
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

    private final DeadlinePreview preview;

    DeadlineController(DeadlinePreview preview) {
        this.preview = preview;
    }

    @GetMapping("/api/requests/deadlines/preview")
    @StaffOnly(
            scope = "Any staff member: the calendar and the SLA table are the same everywhere and hold no"
                    + " one's data.")
    @Operation(
            summary = "Preview a deadline",
            description = "For an instant `at`, give exactly one of: `category` (with `urgency`, or the category's"
                    + " default), answering the response and resolution deadlines a request filed then would get"
                    + " from the SLA table; `workingDays`; or `hours`, answering `{\"deadline\"}`.")
    @ProblemCode(
            status = 422,
            code = "request.invalid",
            when = "workingDays or hours is out of range (1 to 60, 1 to 720); `errors` names it.")
    @ProblemCode(
            status = 422,
            code = "deadline.one-measure",
            when = "None, or more than one, of category, workingDays and hours was given; or urgency without"
                    + " category.")
    DeadlineAnswer preview(
            @Parameter(description = "The submission instant, ISO-8601 with offset.", example = "2026-02-13T10:30:00Z")
                    @RequestParam
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    OffsetDateTime at,
            @Parameter(description = "A request category.", example = "NOISE") @RequestParam(required = false)
                    RequestCategory category,
            @Parameter(description = "With category: an urgency; its default when left out.", example = "NORMAL")
                    @RequestParam(required = false)
                    Urgency urgency,
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
        int measures = (category != null ? 1 : 0) + (workingDays != null ? 1 : 0) + (hours != null ? 1 : 0);
        if (measures != 1 || (urgency != null && category == null)) {
            throw oneMeasure(category, urgency);
        }
        if (category != null) {
            return preview.forCategory(at.toInstant(), category, urgency);
        }
        return workingDays != null
                ? preview.afterWorkingDays(at.toInstant(), workingDays)
                : preview.afterHours(at.toInstant(), hours);
    }

    private static DomainException oneMeasure(RequestCategory category, Urgency urgency) {
        String message = "give exactly one of category, workingDays and hours";
        List<FieldProblem> problems = new ArrayList<>();
        for (String field : List.of("category", "workingDays", "hours")) {
            problems.add(new FieldProblem(field, message));
        }
        if (urgency != null && category == null) {
            problems.add(new FieldProblem("urgency", "urgency needs a category"));
        }
        return new DomainException(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "deadline.one-measure",
                "Give exactly one of category, workingDays and hours.",
                problems);
    }
}
