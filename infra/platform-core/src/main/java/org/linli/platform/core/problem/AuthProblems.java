package org.linli.platform.core.problem;

/**
 * The codes and sentences of the 401 and 403 answers, the same whether the gateway or a service
 * refuses, so a client handles one set whoever it reached.
 */
public enum AuthProblems {
    /** No token, a malformed, forged or expired one, or one meant for another audience. */
    UNAUTHENTICATED("auth.unauthenticated", "Sign in first: this needs a valid, unexpired access token."),
    /** The session was signed out (logout, or a refresh token used twice): log in again, don't refresh. */
    TOKEN_REVOKED("auth.token-revoked", "This session has been signed out; please sign in again."),
    FORBIDDEN("auth.forbidden", "Your role may not do this.");

    private final String code;
    private final String detail;

    AuthProblems(String code, String detail) {
        this.code = code;
        this.detail = detail;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return detail;
    }
}
