package org.linli.organization.serviceclient;

import org.springframework.http.HttpStatus;

/**
 * A token request refused with an RFC 6749 §5.2 error ({@code invalid_client}, {@code invalid_scope},
 * ...), which OAuth2 clients such as Spring Security's read from the {@code error} member.
 */
class TokenRequestRefused extends RuntimeException {

    private final HttpStatus status;
    private final String error;

    private TokenRequestRefused(HttpStatus status, String error, String description) {
        super(description);
        this.status = status;
        this.error = error;
    }

    /** 401: the client presented no credentials, an unknown id or a wrong secret (which of them is not said). */
    static TokenRequestRefused invalidClient() {
        return new TokenRequestRefused(HttpStatus.UNAUTHORIZED, "invalid_client", "Client authentication failed.");
    }

    static TokenRequestRefused invalidRequest(String description) {
        return new TokenRequestRefused(HttpStatus.BAD_REQUEST, "invalid_request", description);
    }

    static TokenRequestRefused unsupportedGrantType() {
        return new TokenRequestRefused(
                HttpStatus.BAD_REQUEST,
                "unsupported_grant_type",
                "Only grant_type=client_credentials is issued here; people sign in at /api/auth.");
    }

    static TokenRequestRefused invalidScope(String description) {
        return new TokenRequestRefused(HttpStatus.BAD_REQUEST, "invalid_scope", description);
    }

    HttpStatus status() {
        return status;
    }

    String error() {
        return error;
    }
}
