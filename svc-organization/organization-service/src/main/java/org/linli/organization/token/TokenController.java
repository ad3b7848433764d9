package org.linli.organization.token;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.Map;
import org.linli.organization.token.dto.JwkSet;
import org.linli.organization.token.dto.RefreshRequest;
import org.linli.organization.token.dto.SessionTokens;
import org.linli.platform.access.Audience;
import org.linli.platform.access.PublicEndpoint;
import org.linli.platform.access.ResidentsAndStaff;
import org.linli.platform.apidocs.ProblemCode;
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
@Tag(
        name = "登录与会话 · Sign-in and sessions",
        description = "Signing in (登录): residents with a WeChat mini-program login code, staff with username and"
                + " password; refreshing and ending sessions; the public keys that verify Linli's access tokens.")
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
    @Operation(
            summary = "Swap a refresh token for a new token pair",
            description = "Spends the refresh token and answers a new access and refresh token of the same session;"
                    + " keep the new refresh token, the old one is dead. Presenting a spent refresh token again ends"
                    + " the whole session (it must have been copied): the person signs in again.")
    @ProblemCode(
            status = 401,
            code = "auth.refresh-invalid",
            when = "The refresh token is unknown, expired, or of a session that has ended: sign in again.")
    @ProblemCode(
            status = 401,
            code = "auth.refresh-reused",
            when = "The refresh token was spent before, so the session has been ended for safety: sign in again.")
    @ProblemCode(status = 403, code = "account.disabled", when = "The account has been disabled.")
    ResponseEntity<SessionTokens> refresh(@Valid @RequestBody RefreshRequest request) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(sessions.refresh(request.refreshToken()));
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ResidentsAndStaff(scope = "The caller's own session.")
    @Operation(
            summary = "Sign out of this session",
            description = "Ends the session the access token belongs to: its refresh token stops working, and the"
                    + " gateway and the services refuse its access tokens from the next request on. Other sessions"
                    + " of the account (other devices) stay signed in.")
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
    @Operation(
            summary = "Get the public keys that verify access tokens",
            description = "A JSON Web Key Set (RFC 7517). Verifiers may cache it for five minutes (Cache-Control),"
                    + " so a rotated key is picked up within minutes; pick the key by the token header's kid.")
    @ApiResponse(
            responseCode = "200",
            description = "The key set.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = JwkSet.class)))
    @ProblemCode(
            status = 406,
            code = "request.not-acceptable",
            when = "The Accept header asks for something other than JSON: ask for application/json, or leave"
                    + " Accept out.")
    ResponseEntity<Map<String, Object>> jwks() {
        // verifiers cache the keys; a short max-age lets a rotated key spread within minutes
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(accessTokens.publicJwks());
    }
}
