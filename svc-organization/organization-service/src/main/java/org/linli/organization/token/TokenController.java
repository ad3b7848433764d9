package org.linli.organization.token;

import jakarta.validation.Valid;
import java.time.Duration;
import java.util.Map;
import org.linli.organization.token.dto.RefreshRequest;
import org.linli.organization.token.dto.SessionTokens;
import org.linli.platform.access.Audience;
import org.linli.platform.access.PublicEndpoint;
import org.linli.platform.access.ResidentsAndStaff;
import org.linli.platform.core.token.TokenClaims;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Refresh, logout, and the public keys that verify Linli access tokens. */
@RestController
@RequestMapping("/api/auth")
class TokenController {

    private final SessionService sessions;
    private final AccessTokens accessTokens;

    TokenController(SessionService sessions, AccessTokens accessTokens) {
        this.sessions = sessions;
        this.accessTokens = accessTokens;
    }

    /** no-store: tokens must not sit in any cache, nor in the Idempotency-Key replay store. */
    @PostMapping("/refresh")
    @PublicEndpoint(
            value = {Audience.RESIDENTS, Audience.STAFF},
            why = "the refresh token is the credential.")
    ResponseEntity<SessionTokens> refresh(@Valid @RequestBody RefreshRequest request) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(sessions.refresh(request.refreshToken()));
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ResidentsAndStaff(scope = "The caller's own session.")
    void logout(@AuthenticationPrincipal Jwt token) {
        String sessionId = token.getClaimAsString(TokenClaims.SESSION);
        if (sessionId != null) {
            sessions.end(sessionId);
        }
    }

    @GetMapping("/jwks")
    @PublicEndpoint(
            value = {},
            why = "the public keys that verify Linli's tokens, for the gateway and the services.")
    ResponseEntity<Map<String, Object>> jwks() {
        // verifiers cache the keys; a short max-age lets a rotated key spread within minutes
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(accessTokens.publicJwks());
    }
}
