package org.linli.organization.partyorg;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.linli.organization.partyorg.dto.CreatePartyOrg;
import org.linli.organization.partyorg.dto.PartyOrgView;
import org.linli.platform.access.AdminsOnly;
import org.linli.platform.access.StaffOnly;
import org.linli.platform.mybatis.PageResult;
import org.linli.platform.security.Caller;
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
@RequestMapping("/api/org/party-orgs")
@StaffOnly
class PartyOrgController {

    private final PartyOrgService orgs;

    PartyOrgController(PartyOrgService orgs) {
        this.orgs = orgs;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @AdminsOnly
    PartyOrgView create(Caller caller, @Valid @RequestBody CreatePartyOrg command) {
        return orgs.create(caller, command);
    }

    @GetMapping
    PageResult<PartyOrgView> list(
            Caller caller,
            @RequestParam long under,
            @RequestParam(defaultValue = "1") @Min(1) long page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) long size) {
        return orgs.listUnder(caller, under, page, size);
    }

    @GetMapping("/{id}")
    PartyOrgView get(Caller caller, @PathVariable long id) {
        return orgs.get(caller, id);
    }

    @GetMapping("/{id}/children")
    List<PartyOrgView> children(Caller caller, @PathVariable long id) {
        return orgs.children(caller, id);
    }
}
