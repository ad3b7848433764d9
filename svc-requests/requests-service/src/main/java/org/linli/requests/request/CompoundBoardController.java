package org.linli.requests.request;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.linli.platform.access.ResidentsOnly;
import org.linli.platform.apidocs.ProblemCode;
import org.linli.platform.mybatis.PageResult;
import org.linli.platform.security.Caller;
import org.linli.requests.request.dto.RequestView;
import org.linli.requests.request.dto.SimilarRequest;
import org.linli.requests.request.dto.SubmitRequest;
import org.linli.requests.request.dto.SupportCommand;
import org.linli.requests.triage.RequestCategory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Neighbours and the compound's common places: the public board, "me too", and duplicates before filing. */
@RestController
@RequestMapping("/api/requests")
@Tag(
        name = "小区诉求公示 · Compound board",
        description = "Requests about a compound's common places (a gate, a lamp, the bike shed) are its residents'"
                + " business: they read them (never who filed them), say \"me too\" (+1) instead of filing again, and"
                + " follow them from then on. Requests about a home stay between its resident and the community.")
class CompoundBoardController {

    private static final String RESIDENT_OF_THE_COMPOUND = "A real-name verified resident, about the compound of one"
            + " of their homes (householdId, which svc-organization confirms is theirs).";

    private final RequestSupport support;

    CompoundBoardController(RequestSupport support) {
        this.support = support;
    }

    @GetMapping("/compound-board")
    @ResidentsOnly(scope = RESIDENT_OF_THE_COMPOUND)
    @Operation(
            summary = "List the open requests about my compound's common places",
            description = "Newest first, without timelines, without who filed them; `supporters` counts the +1s.")
    @HomeProblems
    @ProblemCode(status = 422, code = "request.invalid", when = "householdId, page or size is out of range.")
    PageResult<RequestView> board(
            Caller caller,
            @Parameter(description = "One of my homes.", example = "1") @RequestParam @Positive long householdId,
            @Parameter(description = "The page, from 1.", example = "1") @RequestParam(defaultValue = "1") @Min(1)
                    long page,
            @Parameter(description = "Requests per page, at most 100.", example = "20")
                    @RequestParam(defaultValue = "20")
                    @Min(1)
                    @Max(100)
                    long size) {
        return support.board(caller, householdId, page, size);
    }

    @GetMapping("/similar")
    @ResidentsOnly(scope = RESIDENT_OF_THE_COMPOUND)
    @Operation(
            summary = "Find open requests like the one I am about to file",
            description = "Before POST /api/requests: the compound's open requests of the category about common"
                    + " places whose text is alike (the most alike first, at most 5). +1 one of them rather than"
                    + " filing the same thing again.")
    @HomeProblems
    @ProblemCode(status = 422, code = "request.invalid", when = "A parameter is missing or text is too long.")
    List<SimilarRequest> similar(
            @Parameter(description = "One of my homes.", example = "1") @RequestParam @Positive long householdId,
            @Parameter(description = "The category I would file under.", example = "PUBLIC_FACILITIES") @RequestParam
                    RequestCategory category,
            @Parameter(description = "What I would write.", example = "东门的路灯坏了")
                    @RequestParam
                    @NotBlank
                    @Size(max = SubmitRequest.TEXT_MAX)
                    String text) {
        return support.similarForResident(householdId, category, text);
    }

    @PostMapping("/{id}/support")
    @ResidentsOnly(scope = RESIDENT_OF_THE_COMPOUND + " Only open requests about its common places.")
    @Operation(
            summary = "Say \"me too\" (+1)",
            description = "The resident follows the request from now on (they read it and are told of its steps)"
                    + " and counts among its supporters. Saying it twice changes nothing.")
    @ProblemCode(
            status = 404,
            code = "resident-request.not-found",
            when = "No open request about a common place of this home's compound with this id.")
    @ProblemCode(status = 409, code = "resident-request.own-request", when = "It is the resident's own request.")
    @ProblemCode(
            status = 409,
            code = "resident-request.transition-not-allowed",
            when = "It is resolved or closed already.")
    @HomeProblems
    @ProblemCode(status = 422, code = "request.invalid", when = "householdId is missing.")
    RequestView support(
            Caller caller,
            @Parameter(description = "The request.", example = "12") @PathVariable long id,
            @Valid @RequestBody SupportCommand command) {
        return support.support(caller, id, command.householdId());
    }

    @DeleteMapping("/{id}/support")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ResidentsOnly(scope = "The resident's own +1; nothing happens where there is none.")
    @Operation(summary = "Take my +1 back", description = "The resident no longer follows it.")
    void withdrawSupport(
            Caller caller, @Parameter(description = "The request.", example = "12") @PathVariable long id) {
        support.withdrawSupport(caller, id);
    }
}
