package org.linli.organization.realname;

import jakarta.validation.Valid;
import org.linli.organization.realname.dto.RealNameResult;
import org.linli.organization.realname.dto.RealNameStatus;
import org.linli.organization.realname.dto.VerifyRealName;
import org.linli.platform.access.ResidentsOnly;
import org.linli.platform.security.Caller;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 实名认证 for residents: see where it stands, verify with name and ID number. */
@RestController
@RequestMapping("/api/auth/real-name")
@ResidentsOnly
class RealNameController {

    private final RealNameService realNames;

    RealNameController(RealNameService realNames) {
        this.realNames = realNames;
    }

    @GetMapping
    RealNameStatus status(Caller caller) {
        return realNames.status(caller.accountId());
    }

    /** The ID number's checksum is checked first (422 naming idNumber); consent comes next (403). */
    @PostMapping
    ResponseEntity<RealNameResult> verify(Caller caller, @Valid @RequestBody VerifyRealName command) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(realNames.verify(caller.accountId(), command));
    }
}
