package org.linli.organization.staff;

import jakarta.validation.Valid;
import org.linli.organization.staff.dto.StaffLoginRequest;
import org.linli.organization.staff.dto.StaffLoginResponse;
import org.linli.platform.access.Audience;
import org.linli.platform.access.PublicEndpoint;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The console's sign-in (a public path). */
@RestController
@RequestMapping("/api/auth/staff")
class StaffLoginController {

    private final StaffLogin login;

    StaffLoginController(StaffLogin login) {
        this.login = login;
    }

    /** Tokens are never cached by anyone, nor kept by the Idempotency-Key filter (RFC 6749 §5.1: no-store). */
    @PostMapping("/login")
    @PublicEndpoint(value = Audience.STAFF, why = "the username and password are the credential.")
    ResponseEntity<StaffLoginResponse> login(@Valid @RequestBody StaffLoginRequest request) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(login.login(request));
    }
}
