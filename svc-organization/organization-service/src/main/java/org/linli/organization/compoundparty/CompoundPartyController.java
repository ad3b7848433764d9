package org.linli.organization.compoundparty;

import jakarta.validation.Valid;
import org.linli.organization.compoundparty.dto.AddCompoundPartyMember;
import org.linli.organization.compoundparty.dto.CompoundPartiesView;
import org.linli.organization.compoundparty.dto.EstablishCompoundParty;
import org.linli.platform.access.AdminsOnly;
import org.linli.platform.access.StaffOnly;
import org.linli.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Every answer is the compound's whole three-party picture, so the console redraws from one response. */
@RestController
@RequestMapping("/api/org/compounds/{compoundId}/parties")
@StaffOnly
class CompoundPartyController {

    private final CompoundPartyService parties;

    CompoundPartyController(CompoundPartyService parties) {
        this.parties = parties;
    }

    @GetMapping
    CompoundPartiesView list(Caller caller, @PathVariable long compoundId) {
        return parties.parties(caller, compoundId);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @AdminsOnly
    CompoundPartiesView establish(
            Caller caller, @PathVariable long compoundId, @Valid @RequestBody EstablishCompoundParty command) {
        return parties.establish(caller, compoundId, command);
    }

    @PostMapping("/{kind}/members")
    @ResponseStatus(HttpStatus.CREATED)
    @AdminsOnly
    CompoundPartiesView addMember(
            Caller caller,
            @PathVariable long compoundId,
            @PathVariable CompoundPartyKind kind,
            @Valid @RequestBody AddCompoundPartyMember command) {
        return parties.addMember(caller, compoundId, kind, command);
    }
}
