package org.linli.requests.request;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.linli.platform.access.ResidentsOnly;
import org.linli.platform.access.StaffOnly;
import org.linli.platform.apidocs.ProblemCode;
import org.linli.platform.mybatis.PageResult;
import org.linli.platform.security.Caller;
import org.linli.requests.request.dto.AssignCommand;
import org.linli.requests.request.dto.ChangeUrgencyCommand;
import org.linli.requests.request.dto.FiledRequest;
import org.linli.requests.request.dto.FollowUpCommand;
import org.linli.requests.request.dto.MergeCommand;
import org.linli.requests.request.dto.ReasonCommand;
import org.linli.requests.request.dto.RecordRequest;
import org.linli.requests.request.dto.RequestView;
import org.linli.requests.request.dto.SimilarRequest;
import org.linli.requests.triage.RequestCategory;
import org.linli.requests.triage.Urgency;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The community's side of a request: recording, triage, dispatch, the handler's work, escalation, follow-up. */
@RestController
@RequestMapping("/api/requests")
@Tag(
        name = RequestDeskController.TAG,
        description = "Dispatchers (grid workers, community, street and system administrators) see the requests of"
                + " their area, triage (受理, 不予受理, 轻重缓急), dispatch (派单) and escalate (上报) what their level"
                + " answers for; handlers (the household's party member, the property company's staff, the unit's"
                + " staff) start, ask the resident, send back or resolve what is dispatched to them.")
class RequestDeskController {

    static final String TAG = "诉求办理 · Handling requests";

    private static final String DISPATCHERS = "Dispatchers whose unit answers for the request at its current level"
            + " (an escalated request belongs to the level above). Others who see it get 403, anyone else 404.";

    private final RequestRecording recording;
    private final RequestQueries queries;
    private final RequestTriage triage;
    private final RequestDispatch dispatch;
    private final RequestHandling handling;
    private final RequestFeedback feedback;
    private final RequestSupport support;
    private final RequestMerge merge;

    RequestDeskController(
            RequestRecording recording,
            RequestQueries queries,
            RequestTriage triage,
            RequestDispatch dispatch,
            RequestHandling handling,
            RequestFeedback feedback,
            RequestSupport support,
            RequestMerge merge) {
        this.support = support;
        this.merge = merge;
        this.recording = recording;
        this.queries = queries;
        this.triage = triage;
        this.dispatch = dispatch;
        this.handling = handling;
        this.feedback = feedback;
    }

    @PostMapping("/recorded")
    @ResponseStatus(HttpStatus.CREATED)
    @StaffOnly(scope = "A household or compound in the caller's own org subtree.")
    @Operation(
            summary = "Record a request for a resident (代为登记)",
            description = "A call, a visit to the office, a problem found on patrol (主动发现) or heard on a party"
                    + " member's home visit, naming the channel. Give householdId, or compoundId and place. Send an"
                    + " Idempotency-Key.")
    @ProblemCode(
            status = 422,
            code = "resident-request.outside-your-area",
            when = "The household or compound is not in the caller's area.")
    @ProblemCode(
            status = 422,
            code = "resident-request.not-a-compound",
            when = "compoundId names another kind of unit.")
    @ProblemCode(
            status = 422,
            code = "resident-request.one-place",
            when = "Neither or both of householdId and compoundId were given.")
    @ProblemCode(status = 422, code = "resident-request.place-required", when = "compoundId without place.")
    @ProblemCode(
            status = 422,
            code = "resident-request.channel-not-recordable",
            when = "channel is MINI_PROGRAM: residents file those themselves.")
    @ProblemCode(
            status = 422,
            code = "request.invalid",
            when = "channel, category or text is missing, text or place is too long, or contactPhone is no mobile"
                    + " number; `errors` names it.")
    @ProblemCode(
            status = 503,
            code = "dependency.unavailable",
            when = "svc-organization cannot say where the place lies right now: try again in a moment.")
    @ProblemCode(
            status = 422,
            code = "photo.not-attachable",
            when = "A photo id is unknown, not the caller's upload, already on a request, or named twice.")
    @ProblemCode(status = 422, code = "photo.too-many", when = "More than 9 photos.")
    FiledRequest record(Caller caller, @Valid @RequestBody RecordRequest command) {
        return recording.record(caller, command);
    }

    @GetMapping
    @StaffOnly(
            scope = "Dispatchers: requests about places in their own org subtree. Property staff: those given to"
                    + " their property company.")
    @Operation(
            summary = "List the requests in my area",
            description = "Oldest first (the order to work through them), a page at a time, without timelines. A"
                    + " request svc-organization could not place yet is in nobody's area.")
    @ProblemCode(
            status = 422,
            code = "request.invalid",
            when = "page or size is out of range (page from 1, size 1 to 100); `errors` names it.")
    PageResult<RequestView> inMyArea(
            Caller caller,
            @Parameter(description = "Only requests in this status; all when left out.", example = "SUBMITTED")
                    @RequestParam(required = false)
                    RequestStatus status,
            @Parameter(description = "Only this category.", example = "EBIKE_CHARGING") @RequestParam(required = false)
                    RequestCategory category,
            @Parameter(description = "Only this urgency.", example = "URGENT") @RequestParam(required = false)
                    Urgency urgency,
            @Parameter(description = "The page, from 1.", example = "1") @RequestParam(defaultValue = "1") @Min(1)
                    long page,
            @Parameter(description = "Requests per page, at most 100.", example = "20")
                    @RequestParam(defaultValue = "20")
                    @Min(1)
                    @Max(100)
                    long size) {
        return queries.inArea(caller, new AreaFilter(status, category, urgency), page, size);
    }

    @GetMapping("/dispatched-to-me")
    @ResidentsOnly(
            scope = "A party member: the requests dispatched to them as a household's responsible member; a party"
                    + " member or volunteer: the micro-wishes they claimed.")
    @Operation(
            summary = "List what is dispatched to me (党员联户) or I claimed",
            description = "Oldest first, without timelines; empty for a resident who is neither.")
    @ProblemCode(
            status = 422,
            code = "request.invalid",
            when = "page or size is out of range (page from 1, size 1 to 100); `errors` names it.")
    PageResult<RequestView> dispatchedToMe(
            Caller caller,
            @Parameter(description = "The page, from 1.", example = "1") @RequestParam(defaultValue = "1") @Min(1)
                    long page,
            @Parameter(description = "Requests per page, at most 100.", example = "20")
                    @RequestParam(defaultValue = "20")
                    @Min(1)
                    @Max(100)
                    long size) {
        return queries.dispatchedToMe(caller, page, size);
    }

    @PostMapping("/{id}/accept")
    @StaffOnly(scope = DISPATCHERS)
    @Operation(
            summary = "Accept a request (受理)",
            description = "SUBMITTED → ACCEPTED, then dispatched by its category's route (ASSIGNED). When"
                    + " svc-organization cannot say who handles it right now, it stays ACCEPTED with a"
                    + " DISPATCH_WAITING step, and dispatch completes by itself once it answers. When two staff act"
                    + " at once, one wins and the other gets 409.")
    @StaffStepProblems
    RequestView accept(Caller caller, @Parameter(description = "The request.", example = "1") @PathVariable long id) {
        return triage.accept(caller, id);
    }

    @PostMapping("/{id}/reject")
    @StaffOnly(scope = DISPATCHERS)
    @Operation(
            summary = "Reject a request (不予受理)",
            description = "From SUBMITTED, ACCEPTED, RETURNED or ESCALATED to REJECTED, which is final. The reason"
                    + " goes on the timeline the resident reads.")
    @StaffStepProblems
    @ProblemCode(
            status = 422,
            code = "request.invalid",
            when = "reason is missing, blank or longer than 500 characters; `errors` names it.")
    RequestView reject(
            Caller caller,
            @Parameter(description = "The request.", example = "1") @PathVariable long id,
            @Valid @RequestBody ReasonCommand command) {
        return triage.reject(caller, id, command.reason());
    }

    @PostMapping("/{id}/urgency")
    @StaffOnly(scope = DISPATCHERS)
    @Operation(
            summary = "Change a request's urgency",
            description = "Its deadlines are counted again from its submission on the SLA row of the new urgency"
                    + " (time given back while it waited is kept). The reason goes on the public timeline.")
    @StaffStepProblems
    @ProblemCode(status = 422, code = "request.invalid", when = "urgency or reason is missing; `errors` names it.")
    RequestView changeUrgency(
            Caller caller,
            @Parameter(description = "The request.", example = "1") @PathVariable long id,
            @Valid @RequestBody ChangeUrgencyCommand command) {
        return triage.changeUrgency(caller, id, command.urgency(), command.reason());
    }

    @PostMapping("/{id}/assign")
    @StaffOnly(scope = DISPATCHERS)
    @Operation(
            summary = "Dispatch or reassign a request (派单)",
            description = "To the household's party member, the compound's property company, the community's"
                    + " volunteers or a unit on its path; by its category's route when `to` is left out (the body"
                    + " may be left out too). Where the route has nobody (no responsible member, no property"
                    + " company) it goes to the community, and the timeline says why. Deadlines stay as they are.")
    @StaffStepProblems
    @ProblemCode(
            status = 422,
            code = "resident-request.unit-not-on-its-path",
            when = "unitId is not the compound, community, street or district the request lies in.")
    @ProblemCode(status = 422, code = "request.invalid", when = "note is too long; `errors` names it.")
    @ProblemCode(
            status = 503,
            code = "dependency.unavailable",
            when = "svc-organization cannot say who handles it right now: try again in a moment.")
    RequestView assign(
            Caller caller,
            @Parameter(description = "The request.", example = "1") @PathVariable long id,
            @Valid @RequestBody(required = false) AssignCommand command) {
        return dispatch.assign(caller, id, command == null ? new AssignCommand(null, null, null) : command);
    }

    @PostMapping("/{id}/escalate")
    @StaffOnly(scope = DISPATCHERS)
    @Operation(
            summary = "Send a request up a level (上报)",
            description = "To the level above the one answering for it now (building → compound → community →"
                    + " street → district), saying why; it waits there, ESCALATED, to be dispatched again. Overdue"
                    + " requests go up by themselves.")
    @StaffStepProblems
    @ProblemCode(status = 409, code = "resident-request.top-level", when = "The district answers for it already.")
    @ProblemCode(status = 422, code = "request.invalid", when = "reason is missing or too long; `errors` names it.")
    RequestView escalate(
            Caller caller,
            @Parameter(description = "The request.", example = "1") @PathVariable long id,
            @Valid @RequestBody ReasonCommand command) {
        return handling.escalate(caller, id, command.reason());
    }

    @GetMapping("/{id}/similar")
    @StaffOnly(scope = DISPATCHERS)
    @Operation(
            summary = "Find open requests this one may duplicate",
            description = "The same compound and category, alike in text, the most alike first (at most 5): merge"
                    + " it into one of them.")
    @StaffStepProblems
    List<SimilarRequest> similar(
            Caller caller, @Parameter(description = "The request.", example = "1") @PathVariable long id) {
        return support.similarTo(caller, id);
    }

    @PostMapping("/{id}/merge")
    @StaffOnly(scope = DISPATCHERS + " The same holds for the request it goes into.")
    @Operation(
            summary = "Merge a duplicate into an open request (合并)",
            description = "This request becomes MERGED (final) and says where it went; its resident and its followers"
                    + " follow the other one, which counts them among its supporters. Answers the request it went"
                    + " into.")
    @StaffStepProblems
    @ProblemCode(
            status = 409,
            code = "resident-request.merge-target-closed",
            when = "The request to merge into is resolved, closed or final, or either is a micro-wish.")
    @ProblemCode(
            status = 422,
            code = "resident-request.merge-elsewhere",
            when = "The two requests are not about the same compound.")
    @ProblemCode(status = 422, code = "resident-request.merge-into-itself", when = "into is this request.")
    @ProblemCode(status = 422, code = "request.invalid", when = "into is missing.")
    RequestView merge(
            Caller caller,
            @Parameter(description = "The duplicate.", example = "13") @PathVariable long id,
            @Valid @RequestBody MergeCommand command) {
        return merge.merge(caller, id, command.into());
    }

    @PostMapping("/{id}/follow-up")
    @StaffOnly(scope = DISPATCHERS)
    @Operation(
            summary = "Record a follow-up call (回访)",
            description = "For a request staff recorded for someone without an account: what they said when called"
                    + " back. Fixed closes it with their rating; not fixed reopens it with what they said.")
    @StaffStepProblems
    @ProblemCode(
            status = 409,
            code = "resident-request.resident-answers",
            when = "The resident filed it themselves: they confirm or reopen it in the mini-program.")
    @ProblemCode(status = 422, code = "resident-request.rating-required", when = "fixed without a rating.")
    @ProblemCode(status = 422, code = "resident-request.reason-required", when = "Not fixed without a comment.")
    @ProblemCode(status = 422, code = "request.invalid", when = "fixed is missing, or rating is not 1 to 5.")
    RequestView followUp(
            Caller caller,
            @Parameter(description = "The request.", example = "1") @PathVariable long id,
            @Valid @RequestBody FollowUpCommand command) {
        return feedback.followUp(caller, id, command.fixed(), command.rating(), command.comment());
    }
}
