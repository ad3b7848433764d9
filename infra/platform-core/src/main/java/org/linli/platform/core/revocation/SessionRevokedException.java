package org.linli.platform.core.revocation;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** A valid token of a session that has been signed out; answered as {@code auth.token-revoked}. */
public class SessionRevokedException extends OAuth2AuthenticationException {

    public SessionRevokedException() {
        super(new OAuth2Error("invalid_token", "The session of this token has been revoked", null));
    }
}
