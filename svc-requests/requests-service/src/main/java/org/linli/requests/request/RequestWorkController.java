package org.linli.requests.request;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.linli.platform.access.ResidentsAndStaff;
import org.linli.platform.apidocs.ProblemCode;
import org.linli.platform.security.Caller;
import org.linli.requests.request.dto.NoteCommand;
import org.linli.requests.request.dto.QuestionCommand;
import org.linli.requests.request.dto.ReasonCommand;
import org.linli.requests.request.dto.RequestView;
import org.linli.requests.request.dto.ResolveCommand;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The handler's side of a request (and a dispatcher's, whose unit answers for it): the work itself. */
@RestController
@RequestMapping("/api/requests")
@Tag(name = RequestDeskController.TAG)
class RequestWorkController {

    private static final String WORKERS = "The request's handler (its party member, its property company's staff,"
            + " the staff of the unit it was given to), or a dispatcher whose unit answers for it now. Others who"
            + " see it get 403, anyone else 404.";

    private final RequestHandling handling;

    RequestWorkController(RequestHandling handling) {
        this.handling = handling;
    }

    @PostMapping("/{id}/start")
    @ResidentsAndStaff(scope = WORKERS)
    @Operation(summary = "Start working on a request", description = "ASSIGNED or REOPENED → IN_PROGRESS.")
    @StaffStepProblems
    RequestView start(Caller caller, @Parameter(description = "The request.", example = "1") @PathVariable long id) {
        return handling.start(caller, id);
    }

    @PostMapping("/{id}/notes")
    @ResidentsAndStaff(
            scope = "Staff of the place and the request's handler. Others who see it get 403, anyone else 404.")
    @Operation(
            summary = "Write a note on a request's timeline",
            description = "For the resident too, or `internal` (staff and the handler only). It moves nothing, so a"
                    + " closed request takes notes as well.")
    @StaffStepProblems
    @ProblemCode(status = 422, code = "request.invalid", when = "note is missing or too long; `errors` names it.")
    RequestView note(
            Caller caller,
            @Parameter(description = "The request.", example = "1") @PathVariable long id,
            @Valid @RequestBody NoteCommand command) {
        return handling.note(caller, id, command.note(), command.isInternal());
    }

    @PostMapping("/{id}/questions")
    @ResidentsAndStaff(scope = WORKERS)
    @Operation(
            summary = "Ask the resident something",
            description = "The question goes on the timeline; the clock stops until the resident answers"
                    + " (POST /api/requests/{id}/answers), and the time it stood still is given back then.")
    @StaffStepProblems
    @ProblemCode(
            status = 409,
            code = "resident-request.no-one-to-ask",
            when = "Staff recorded it for someone without an account: call them back instead.")
    @ProblemCode(status = 422, code = "request.invalid", when = "question is missing or too long; `errors` names it.")
    RequestView ask(
            Caller caller,
            @Parameter(description = "The request.", example = "1") @PathVariable long id,
            @Valid @RequestBody QuestionCommand command) {
        return handling.askResident(caller, id, command.question());
    }

    @PostMapping("/{id}/send-back")
    @ResidentsAndStaff(scope = WORKERS)
    @Operation(
            summary = "Send a request back to its dispatcher (退回)",
            description = "Not theirs, or not doable as dispatched: RETURNED, saying why, for the level that"
                    + " dispatched it to decide again. Its deadlines stay.")
    @StaffStepProblems
    @ProblemCode(status = 422, code = "request.invalid", when = "reason is missing or too long; `errors` names it.")
    RequestView sendBack(
            Caller caller,
            @Parameter(description = "The request.", example = "1") @PathVariable long id,
            @Valid @RequestBody ReasonCommand command) {
        return handling.sendBack(caller, id, command.reason());
    }

    @PostMapping("/{id}/resolve")
    @ResidentsAndStaff(scope = WORKERS)
    @Operation(
            summary = "Report a request resolved (办结)",
            description = "IN_PROGRESS → RESOLVED, saying what was done. The resident confirms and rates it, or"
                    + " reopens it; unanswered, it closes itself after the confirmation period (7 days).")
    @StaffStepProblems
    @ProblemCode(status = 422, code = "request.invalid", when = "note is missing or too long; `errors` names it.")
    RequestView resolve(
            Caller caller,
            @Parameter(description = "The request.", example = "1") @PathVariable long id,
            @Valid @RequestBody ResolveCommand command) {
        return handling.resolve(caller, id, command.note());
    }
}
