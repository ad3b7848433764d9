package org.linli.requests.request;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.linli.platform.access.ResidentsAndStaff;
import org.linli.platform.access.ResidentsOnly;
import org.linli.platform.access.StaffOnly;
import org.linli.platform.apidocs.ProblemCode;
import org.linli.platform.mybatis.PageResult;
import org.linli.platform.security.Caller;
import org.linli.requests.request.dto.FiledRequest;
import org.linli.requests.request.dto.RejectCommand;
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

@RestController
@RequestMapping("/api/requests")
@Tag(
        name = "诉求 · Resident requests",
        description = "接诉即办: a verified resident files what is wrong at home or in the compound and follows it"
                + " step by step on its timeline; staff of the place see the requests in their area.")
class RequestController {

    private final RequestIntake intake;
    private final RequestQueries queries;
    private final RequestTriage triage;
    private final RequestWithdrawal withdrawal;

    RequestController(
            RequestIntake intake, RequestQueries queries, RequestTriage triage, RequestWithdrawal withdrawal) {
        this.intake = intake;
        this.queries = queries;
        this.triage = triage;
        this.withdrawal = withdrawal;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @ResidentsOnly(scope = "The resident files for themself, about one of their own homes.")
    @Operation(
            summary = "File a request",
            description = "Starts SUBMITTED with one timeline step. Send an Idempotency-Key: a phone that retries"
                    + " gets the same request back, not a second one. The answer leaves the text out (it is"
                    + " personal, and first answers are kept for replays); GET /api/requests/{id} shows it.")
    @ProblemCode(
            status = 403,
            code = "real-name.required",
            when = "The resident is not real-name verified: verify first (POST /api/auth/real-name).")
    @ProblemCode(
            status = 422,
            code = "resident-request.not-your-household",
            when = "householdId names no home of the resident's: file about one of GET /api/org/me/households.")
    FiledRequest submit(Caller caller, @Valid @RequestBody SubmitRequest command) {
        return intake.submit(caller, command);
    }

    @GetMapping
    @StaffOnly(scope = "Requests about homes in the caller's own org subtree.")
    @Operation(
            summary = "List the requests in my area",
            description = "Oldest first (the order to work through them), a page at a time, without timelines."
                    + " A request svc-organization could not place yet is in nobody's area.")
    @ProblemCode(
            status = 422,
            code = "request.invalid",
            when = "page or size is out of range (page from 1, size 1 to 100); `errors` names it.")
    PageResult<RequestView> inMyArea(
            Caller caller,
            @Parameter(description = "Only requests in this status; all when left out.", example = "SUBMITTED")
                    @RequestParam(required = false)
                    RequestStatus status,
            @Parameter(description = "The page, from 1.", example = "1") @RequestParam(defaultValue = "1") @Min(1)
                    long page,
            @Parameter(description = "Requests per page, at most 100.", example = "20")
                    @RequestParam(defaultValue = "20")
                    @Min(1)
                    @Max(100)
                    long size) {
        return queries.inScope(caller, status, page, size);
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
            scope = "A resident: the requests they filed. Staff: requests about places in their own org subtree."
                    + " Any other id answers 404.")
    @Operation(summary = "Get a request with its timeline", description = "Staff also see internal notes.")
    @ProblemCode(
            status = 404,
            code = "resident-request.not-found",
            when = "No request with this id that the caller may see.")
    RequestView get(Caller caller, @Parameter(description = "The request.", example = "1") @PathVariable long id) {
        return queries.get(caller, id);
    }

    @PostMapping("/{id}/accept")
    @StaffOnly(scope = "Requests about places in the caller's own org subtree; any other id answers 404.")
    @Operation(
            summary = "Accept a request (受理)",
            description = "SUBMITTED → ACCEPTED, with a timeline step; answers the request as it now stands."
                    + " When two staff act at once, one wins and the other gets 409.")
    @ProblemCode(
            status = 404,
            code = "resident-request.not-found",
            when = "No request with this id that the caller may see.")
    @ProblemCode(
            status = 409,
            code = "resident-request.transition-not-allowed",
            when = "The request is no longer SUBMITTED (someone accepted, rejected or it was withdrawn): reload it.")
    @ProblemCode(
            status = 409,
            code = "conflict.stale",
            when = "Someone else moved the request at the same moment: reload it to see where it stands.")
    RequestView accept(Caller caller, @Parameter(description = "The request.", example = "1") @PathVariable long id) {
        return triage.accept(caller, id);
    }

    @PostMapping("/{id}/reject")
    @StaffOnly(scope = "Requests about places in the caller's own org subtree; any other id answers 404.")
    @Operation(
            summary = "Reject a request (不予受理)",
            description = "From SUBMITTED, ACCEPTED, RETURNED or ESCALATED to REJECTED, which is final. The reason"
                    + " goes on the timeline the resident reads.")
    @ProblemCode(
            status = 404,
            code = "resident-request.not-found",
            when = "No request with this id that the caller may see.")
    @ProblemCode(
            status = 409,
            code = "resident-request.transition-not-allowed",
            when = "The request is past triage or already final: reload it.")
    @ProblemCode(
            status = 409,
            code = "conflict.stale",
            when = "Someone else moved the request at the same moment: reload it to see where it stands.")
    @ProblemCode(
            status = 422,
            code = "request.invalid",
            when = "reason is missing, blank or longer than 500 characters; `errors` names it.")
    RequestView reject(
            Caller caller,
            @Parameter(description = "The request.", example = "1") @PathVariable long id,
            @Valid @RequestBody RejectCommand command) {
        return triage.reject(caller, id, command.reason());
    }

    @PostMapping("/{id}/withdraw")
    @ResidentsOnly(scope = "The resident who filed the request; for anyone else it answers 404.")
    @Operation(
            summary = "Withdraw my request (撤回)",
            description = "Until it is resolved, the resident takes their request back (WITHDRAWN, final), with an"
                    + " optional reason. The body may be left out.")
    @ProblemCode(
            status = 404,
            code = "resident-request.not-found",
            when = "No request with this id that the caller filed.")
    @ProblemCode(
            status = 409,
            code = "resident-request.transition-not-allowed",
            when = "The request is resolved, closed, rejected, merged or already withdrawn.")
    @ProblemCode(
            status = 409,
            code = "conflict.stale",
            when = "Staff moved the request at the same moment: reload it to see where it stands.")
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
}
