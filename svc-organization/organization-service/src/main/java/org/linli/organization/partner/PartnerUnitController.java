package org.linli.organization.partner;

import jakarta.validation.Valid;
import java.util.List;
import org.linli.organization.partner.dto.CreatePartnerUnit;
import org.linli.organization.partner.dto.PartnerUnitView;
import org.linli.platform.access.AdminsOnly;
import org.linli.platform.access.StaffOnly;
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
@RequestMapping("/api/org/partner-units")
@StaffOnly
class PartnerUnitController {

    private final PartnerUnitService partners;

    PartnerUnitController(PartnerUnitService partners) {
        this.partners = partners;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @AdminsOnly
    PartnerUnitView create(Caller caller, @Valid @RequestBody CreatePartnerUnit command) {
        return partners.create(caller, command);
    }

    /** A community has tens of partner units, not thousands: the list is not paged. */
    @GetMapping
    List<PartnerUnitView> list(Caller caller, @RequestParam long community) {
        return partners.listOf(caller, community);
    }

    @GetMapping("/{id}")
    PartnerUnitView get(Caller caller, @PathVariable long id) {
        return partners.get(caller, id);
    }
}
