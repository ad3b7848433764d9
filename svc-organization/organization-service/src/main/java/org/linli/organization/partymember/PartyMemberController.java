package org.linli.organization.partymember;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.linli.organization.accessaudit.dto.Reveal;
import org.linli.organization.partymember.dto.ChangePartyMember;
import org.linli.organization.partymember.dto.EnrollPartyMember;
import org.linli.organization.partymember.dto.PartyMemberView;
import org.linli.organization.person.dto.UnmaskedPerson;
import org.linli.platform.access.AdminsOnly;
import org.linli.platform.access.ResidentsAndStaff;
import org.linli.platform.access.StaffOnly;
import org.linli.platform.mybatis.PageResult;
import org.linli.platform.security.Caller;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/org/party-members")
class PartyMemberController {

    private final PartyMemberService members;

    PartyMemberController(PartyMemberService members) {
        this.members = members;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @AdminsOnly
    PartyMemberView enroll(Caller caller, @Valid @RequestBody EnrollPartyMember command) {
        return members.enroll(caller, command);
    }

    @GetMapping
    @StaffOnly
    PageResult<PartyMemberView> list(
            Caller caller,
            @RequestParam long under,
            @RequestParam(defaultValue = "1") @Min(1) long page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) long size) {
        return members.listUnder(caller, under, page, size);
    }

    @GetMapping("/{id}")
    @ResidentsAndStaff
    PartyMemberView get(Caller caller, @PathVariable long id) {
        return members.get(caller, id);
    }

    /** A member's details in clear, for administrators, with a reason that goes to the access audit. */
    @PostMapping("/{id}/reveal")
    @AdminsOnly
    ResponseEntity<UnmaskedPerson> reveal(Caller caller, @PathVariable long id, @Valid @RequestBody Reveal command) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(members.reveal(caller, id, command.reason()));
    }

    @PutMapping("/{id}")
    @AdminsOnly
    PartyMemberView change(Caller caller, @PathVariable long id, @Valid @RequestBody ChangePartyMember command) {
        return members.change(caller, id, command);
    }
}
