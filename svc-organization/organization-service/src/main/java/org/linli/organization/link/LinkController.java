package org.linli.organization.link;

import jakarta.validation.Valid;
import org.linli.organization.link.dto.AssignMember;
import org.linli.organization.link.dto.LinkView;
import org.linli.platform.access.StaffOnly;
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
@StaffOnly
class LinkController {

    private final LinkService links;

    LinkController(LinkService links) {
        this.links = links;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    LinkView assign(Caller caller, @PathVariable long householdId, @Valid @RequestBody AssignMember command) {
        return links.assign(caller, householdId, command.partyMemberId());
    }

    @PutMapping
    LinkView reassign(Caller caller, @PathVariable long householdId, @Valid @RequestBody AssignMember command) {
        return links.reassign(caller, householdId, command.partyMemberId());
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unassign(Caller caller, @PathVariable long householdId) {
        links.unassign(caller, householdId);
    }
}
