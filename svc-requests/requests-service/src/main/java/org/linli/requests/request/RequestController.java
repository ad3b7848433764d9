package org.linli.requests.request;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.linli.platform.access.ResidentsAndStaff;
import org.linli.platform.access.ResidentsOnly;
import org.linli.platform.apidocs.ProblemCode;
import org.linli.platform.mybatis.PageResult;
import org.linli.platform.security.Caller;
import org.linli.requests.request.dto.AnswerCommand;
import org.linli.requests.request.dto.ConfirmCommand;
import org.linli.requests.request.dto.FiledRequest;
import org.linli.requests.request.dto.ReasonCommand;
import org.linli.requests.request.dto.RequestView;
import org.linli.requests.request.dto.SubmitRequest;
import org.linli.requests.request.dto.WithdrawCommand;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The resident's side of a request: filing it, following it, answering, confirming or reopening it. */
@RestController
@RequestMapping("/api/requests")
@Tag(
        name = "诉求 · Resident requests",
        description = "接诉即办: a verified resident files what is wrong at home or in the compound and follows it"
                + " step by step on its timeline, answers the handler's questions, and confirms and rates the"
                + " result, or reopens it.")
class RequestController {

    private final RequestIntake intake;
    private final RequestQueries queries;
    private final RequestWithdrawal withdrawal;
    private final RequestHandling handling;
    private final RequestFeedback feedback;

    RequestController(
            RequestIntake intake,
            RequestQueries queries,
            RequestWithdrawal withdrawal,
            RequestHandling handling,
            RequestFeedback feedback) {
        this.intake = intake;
        this.queries = queries;
        this.withdrawal = withdrawal;
        this.handling = handling;
        this.feedback = feedback;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @ResidentsOnly(scope = "The resident files for themself, about one of their own homes or its compound.")
    @Operation(
            summary = "File a request",
            description = "Starts SUBMITTED with one timeline step, its urgency from its category and its deadlines"
                    + " from the SLA table. Send an Idempotency-Key: a phone that retries gets the same request back,"
                    + " not a second one. The answer leaves the text out (it is personal, and first answers are kept"
                    + " for replays); GET /api/requests/{id} shows it.")
    @ProblemCode(
            status = 403,
            code = "real-name.required",
            when = "The resident is not real-name verified: verify first (POST /api/auth/real-name).")
    @ProblemCode(
            status = 422,
            code = "resident-request.not-your-household",
            when = "householdId names no home of the resident's: file about one of GET /api/org/me/households.")
    @ProblemCode(
            status = 422,
            code = "request.invalid",
            when = "category, text or householdId is missing, or text or place is too long; `errors` names it.")
    @ProblemCode(
            status = 422,
            code = "photo.not-attachable",
            when = "A photo id is unknown, not the caller's upload, already on a request, or named twice.")
    @ProblemCode(status = 422, code = "photo.too-many", when = "More than 9 photos.")
    FiledRequest submit(Caller caller, @Valid @RequestBody SubmitRequest command) {
        return intake.submit(caller, command);
    }

    @GetMapping("/mine")
    @ResidentsOnly
    @Operation(summary = "List my requests", description = "Newest first, a page at a time, without timelines.")
    @ProblemCode(
            status = 422,
            code = "request.invalid",
            when = "page or size is out of range (page from 1, size 1 to 100); `errors` names it.")
    PageResult<RequestView> mine(
            Caller caller,
            @Parameter(description = "The page, from 1.", example = "1") @RequestParam(defaultValue = "1") @Min(1)
                    long page,
            @Parameter(description = "Requests per page, at most 100.", example = "20")
                    @RequestParam(defaultValue = "20")
                    @Min(1)
                    @Max(100)
                    long size) {
        return queries.mine(caller, page, size);
    }

    @GetMapping("/{id}")
    @ResidentsAndStaff(
            scope = "A resident: the requests they filed, and those dispatched to them as a party member. Staff:"
                    + " requests about places in their own org subtree (property staff: those given to their"
                    + " property company). Any other id answers 404.")
    @Operation(
            summary = "Get a request with its timeline",
            description = "Staff also see internal notes, and who filed it (of an anonymous request, administrators"
                    + " only).")
    @ProblemCode(
            status = 404,
            code = "resident-request.not-found",
            when = "No request with this id that the caller may see.")
    RequestView get(Caller caller, @Parameter(description = "The request.", example = "1") @PathVariable long id) {
        return queries.get(caller, id);
    }

    @PostMapping("/{id}/withdraw")
    @ResidentsOnly(scope = "The resident who filed the request; for anyone else it answers 404.")
    @Operation(
            summary = "Withdraw my request (撤回)",
            description = "Until it is resolved, the resident takes their request back (WITHDRAWN, final), with an"
                    + " optional reason. The body may be left out.")
    @StepProblems
    @ProblemCode(
            status = 422,
            code = "request.invalid",
            when = "reason is longer than 500 characters; `errors` names it.")
    RequestView withdraw(
            Caller caller,
            @Parameter(description = "The request.", example = "1") @PathVariable long id,
            @Valid @RequestBody(required = false) WithdrawCommand command) {
        return withdrawal.withdraw(caller, id, command == null ? null : command.reason());
    }

    @PostMapping("/{id}/answers")
    @ResidentsOnly(scope = "The resident who filed the request; for anyone else it answers 404.")
    @Operation(
            summary = "Answer the handler's question",
            description = "The clock, stopped while the request waited for the resident, runs again: the working days"
                    + " that began while it waited (or, for an hours limit, the time itself) are added to its"
                    + " deadline.")
    @StepProblems
    @ProblemCode(
            status = 409,
            code = "resident-request.not-waiting",
            when = "Nobody asked the resident anything about this request.")
    @ProblemCode(status = 422, code = "request.invalid", when = "text is missing or too long; `errors` names it.")
    RequestView answer(
            Caller caller,
            @Parameter(description = "The request.", example = "1") @PathVariable long id,
            @Valid @RequestBody AnswerCommand command) {
        return handling.answer(caller, id, command.text());
    }

    @PostMapping("/{id}/confirm")
    @ResidentsOnly(scope = "The resident who filed the request; for anyone else it answers 404.")
    @Operation(
            summary = "Confirm the resolution and rate it",
            description = "RESOLVED → CLOSED with a rating of 1 to 5 and an optional comment (满意度).")
    @StepProblems
    @ProblemCode(
            status = 422,
            code = "request.invalid",
            when = "rating is missing or not 1 to 5, or comment is too long; `errors` names it.")
    RequestView confirm(
            Caller caller,
            @Parameter(description = "The request.", example = "1") @PathVariable long id,
            @Valid @RequestBody ConfirmCommand command) {
        return feedback.confirm(caller, id, command.rating(), command.comment());
    }

    @PostMapping("/{id}/reopen")
    @ResidentsOnly(scope = "The resident who filed the request; for anyone else it answers 404.")
    @Operation(
            summary = "Say it is not fixed (reopen)",
            description = "RESOLVED → REOPENED, back to its handler, saying why. It counts against the handler; the"
                    + " deadline stays what it was.")
    @StepProblems
    @ProblemCode(status = 422, code = "request.invalid", when = "reason is missing or too long; `errors` names it.")
    RequestView reopen(
            Caller caller,
            @Parameter(description = "The request.", example = "1") @PathVariable long id,
            @Valid @RequestBody ReasonCommand command) {
        return feedback.reopen(caller, id, command.reason());
    }
}
