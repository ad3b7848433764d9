package org.linli.platform.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** A verified token together with the {@link Caller} read from its claims. */
public class CallerAuthentication extends JwtAuthenticationToken {

    private final Caller caller;

    CallerAuthentication(Jwt jwt, Caller caller) {
        super(
                jwt,
                caller.roles().stream()
                        .map(r -> new SimpleGrantedAuthority("ROLE_" + r.name()))
                        .toList(),
                jwt.getSubject());
        this.caller = caller;
    }

    public Caller caller() {
        return caller;
    }

    static CallerAuthentication from(Jwt jwt) {
        return new CallerAuthentication(jwt, Callers.toCaller(jwt.getSubject(), jwt.getClaims()));
    }
}
