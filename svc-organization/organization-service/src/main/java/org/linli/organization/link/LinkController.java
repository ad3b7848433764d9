package org.linli.organization.link;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.linli.organization.link.dto.AssignMember;
import org.linli.organization.link.dto.LinkView;
import org.linli.platform.access.StaffOnly;
import org.linli.platform.apidocs.ProblemCode;
import org.linli.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff set a household's responsible party member. POST assigns only a household without one (409
 * otherwise), so two staff assigning at once cannot silently overwrite each other; PUT reassigns.
 */
@RestController
@RequestMapping("/api/org/households/{householdId}/responsible-member")
@StaffOnly(
        scope = "Only households in the caller's own org subtree, and members of organisations anchored there;"
                + " any other id answers 404, as one that names nothing does.")
@Tag(
        name = "党员联户 · Household links",
        description = "Which party member looks after which household (党员联户, 一人带一圈): each household has at most"
                + " one responsible member, each member looks after a bounded number of households. Staff assign"
                + " and reassign; residents, staff and other services read the links.")
class LinkController {

    private final LinkService links;

    LinkController(LinkService links) {
        this.links = links;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Make a party member responsible for a household",
            description = "Only for a household that has no responsible member yet; to hand it to another member,"
                    + " PUT instead.")
    @ProblemCode(status = 404, code = "household.not-found", when = "No household with this id in the caller's area.")
    @ProblemCode(
            status = 404,
            code = "party-member.not-found",
            when = "partyMemberId is not a party member of the caller's area.")
    @ProblemCode(
            status = 422,
            code = "link.outside-member-area",
            when = "The member's party organisation does not cover the household.")
    @ProblemCode(
            status = 409,
            code = "link.household-taken",
            when = "The household already has a responsible member: reassign it with PUT instead.")
    @ProblemCode(
            status = 409,
            code = "link.member-full",
            when = "The member already looks after the most households allowed: choose another member.")
    LinkView assign(
            Caller caller,
            @Parameter(description = "The household.", example = "1") @PathVariable long householdId,
            @Valid @RequestBody AssignMember command) {
        return links.assign(caller, householdId, command.partyMemberId());
    }

    @PutMapping
    @Operation(
            summary = "Hand a household to another party member",
            description = "The household must have a responsible member already (else POST). Naming the current"
                    + " member changes nothing.")
    @ProblemCode(status = 404, code = "household.not-found", when = "No household with this id in the caller's area.")
    @ProblemCode(
            status = 404,
            code = "link.not-found",
            when = "The household has no responsible member yet: assign one with POST.")
    @ProblemCode(
            status = 404,
            code = "party-member.not-found",
            when = "partyMemberId is not a party member of the caller's area.")
    @ProblemCode(
            status = 422,
            code = "link.outside-member-area",
            when = "The member's party organisation does not cover the household.")
    @ProblemCode(
            status = 409,
            code = "link.member-full",
            when = "The member already looks after the most households allowed: choose another member.")
    @ProblemCode(
            status = 409,
            code = "conflict.stale",
            when = "Someone else changed the household's member first: reload and retry.")
    LinkView reassign(
            Caller caller,
            @Parameter(description = "The household.", example = "1") @PathVariable long householdId,
            @Valid @RequestBody AssignMember command) {
        return links.reassign(caller, householdId, command.partyMemberId());
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Leave a household without a responsible party member")
    @ProblemCode(status = 404, code = "household.not-found", when = "No household with this id in the caller's area.")
    @ProblemCode(status = 404, code = "link.not-found", when = "The household has no responsible member.")
    void unassign(
            Caller caller, @Parameter(description = "The household.", example = "1") @PathVariable long householdId) {
        links.unassign(caller, householdId);
    }
}
