package org.linli.gateway.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.linli.platform.core.revocation.RevokedSessions;
import org.linli.platform.core.revocation.SessionRevokedException;
import org.linli.platform.core.token.TokenClaims;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Turns a verified token into the caller, refusing it when its session was signed out. The revoked
 * sessions are held in memory and learned by subscription ({@link RevokedSessions}), so this costs no
 * Redis round trip; a logout reaches every gateway instance within milliseconds. Tokens without
 * {@code sid} (service tokens) have no session to revoke; they live minutes.
 */
@Component
class SessionRevocationCheck implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    private final RevokedSessions revoked;

    SessionRevocationCheck(RevokedSessions revoked) {
        this.revoked = revoked;
    }

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        if (revoked.isRevoked(jwt.getClaimAsString(TokenClaims.SESSION))) {
            return Mono.error(new SessionRevokedException());
        }
        return Mono.just(new JwtAuthenticationToken(jwt, roles(jwt), jwt.getSubject()));
    }

    /** The roles claim as ROLE_ authorities, for the coarse staff-only rule. */
    private static Collection<GrantedAuthority> roles(Jwt jwt) {
        List<String> names = TokenClaims.roleNames(jwt.getClaims());
        List<GrantedAuthority> authorities = new ArrayList<>(names.size());
        for (String name : names) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + name));
        }
        return authorities;
    }
}
