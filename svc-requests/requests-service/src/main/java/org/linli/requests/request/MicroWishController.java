package org.linli.requests.request;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.linli.platform.access.ResidentsOnly;
import org.linli.platform.apidocs.ProblemCode;
import org.linli.platform.mybatis.PageResult;
import org.linli.platform.security.Caller;
import org.linli.requests.request.dto.ClaimCommand;
import org.linli.requests.request.dto.RequestView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/requests")
@Tag(
        name = "微心愿 · Micro-wishes",
        description = "\"Your wish, my volunteering\": a resident files a small wish (POST /api/requests with kind"
                + " MICRO_WISH); once staff accept it, it is published to the party members and volunteers of its"
                + " compound; one of them claims it, fulfils it (start, resolve) and the resident confirms.")
class MicroWishController {

    private static final String CLAIMERS = "Party members and volunteers, about the compound of one of their homes"
            + " (householdId, which svc-organization confirms is theirs).";

    private final MicroWishes wishes;

    MicroWishController(MicroWishes wishes) {
        this.wishes = wishes;
    }

    @GetMapping("/wishes")
    @ResidentsOnly(scope = CLAIMERS)
    @Operation(
            summary = "List my compound's wishes waiting to be claimed",
            description = "Published and unclaimed, oldest first, without who filed them.")
    @ProblemCode(
            status = 403,
            code = "resident-request.not-a-volunteer",
            when = "The caller is neither a party member nor a registered volunteer.")
    @HomeProblems
    @ProblemCode(status = 422, code = "request.invalid", when = "householdId, page or size is out of range.")
    PageResult<RequestView> board(
            Caller caller,
            @Parameter(description = "One of my homes.", example = "1") @RequestParam @Positive long householdId,
            @Parameter(description = "The page, from 1.", example = "1") @RequestParam(defaultValue = "1") @Min(1)
                    long page,
            @Parameter(description = "Wishes per page, at most 100.", example = "20")
                    @RequestParam(defaultValue = "20")
                    @Min(1)
                    @Max(100)
                    long size) {
        return wishes.board(caller, householdId, page, size);
    }

    @PostMapping("/{id}/claim")
    @ResidentsOnly(scope = CLAIMERS + " Only published wishes of that compound; any other id answers 404.")
    @Operation(
            summary = "Claim a micro-wish (认领)",
            description = "The caller becomes its handler (ASSIGNED) and sees whose wish it is. When two claim at"
                    + " once, the first wins and the other gets 409. Send an Idempotency-Key.")
    @ProblemCode(
            status = 403,
            code = "resident-request.not-a-volunteer",
            when = "The caller is neither a party member nor a registered volunteer.")
    @ProblemCode(
            status = 404,
            code = "resident-request.not-found",
            when = "No published wish of this home's compound with this id.")
    @ProblemCode(status = 409, code = "resident-request.own-wish", when = "It is the caller's own wish.")
    @ProblemCode(
            status = 409,
            code = "resident-request.transition-not-allowed",
            when = "Someone claimed it first, or it is closed.")
    @ProblemCode(status = 409, code = "conflict.stale", when = "Someone claimed it at the same moment.")
    @HomeProblems
    @ProblemCode(status = 422, code = "request.invalid", when = "householdId is missing.")
    RequestView claim(
            Caller caller,
            @Parameter(description = "The wish.", example = "30") @PathVariable long id,
            @Valid @RequestBody ClaimCommand command) {
        return wishes.claim(caller, id, command.householdId());
    }
}
