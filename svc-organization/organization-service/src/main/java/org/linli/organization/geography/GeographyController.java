package org.linli.organization.geography;

import jakarta.validation.Valid;
import java.util.List;
import org.linli.organization.geography.dto.CreateOrgUnit;
import org.linli.organization.geography.dto.OrgUnitView;
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

/** Staff API for the geography tree; every read and write is limited to the caller's subtree. */
@RestController
@RequestMapping("/api/org/units")
@StaffOnly
class GeographyController {

    private final GeographyService geography;

    GeographyController(GeographyService geography) {
        this.geography = geography;
    }

    @GetMapping
    List<OrgUnitView> roots(Caller caller) {
        return geography.roots(caller);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @AdminsOnly
    OrgUnitView create(Caller caller, @Valid @RequestBody CreateOrgUnit command) {
        return geography.create(caller, command);
    }

    @GetMapping("/{id}")
    OrgUnitView get(Caller caller, @PathVariable long id) {
        return geography.get(caller, id);
    }

    @GetMapping("/{id}/children")
    List<OrgUnitView> children(Caller caller, @PathVariable long id) {
        return geography.children(caller, id);
    }
}
