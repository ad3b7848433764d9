package org.linli.gateway.security;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** A validly signed token whose session was ended (logout, refresh-token reuse). */
class SessionRevokedException extends OAuth2AuthenticationException {

    SessionRevokedException() {
        super(new OAuth2Error("invalid_token", "The session of this token was revoked", null));
    }
}
