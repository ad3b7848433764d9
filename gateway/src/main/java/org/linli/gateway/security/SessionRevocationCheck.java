package org.linli.gateway.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.linli.gateway.redis.FailOpen;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Turns a verified token into the caller, refusing it when its session was revoked. svc-organization
 * writes {@code linli:auth:revoked-session:{sid}} on logout or refresh-token reuse; one {@code EXISTS}
 * per request, deliberately without a near cache, so that a logout takes effect on the very next
 * request. Runs after the signature check (and its cache), so the lookup is only paid by valid
 * tokens. Tokens without {@code sid} (older dev tokens) pass. Redis down: fail open, see {@link
 * FailOpen}.
 */
@Component
class SessionRevocationCheck implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    static final String KEY_PREFIX = "linli:auth:revoked-session:";
    static final String SESSION_CLAIM = "sid";
    static final String ROLES_CLAIM = "roles";

    private final ReactiveStringRedisTemplate redis;
    private final FailOpen failOpen;

    SessionRevocationCheck(ReactiveStringRedisTemplate redis, FailOpen failOpen) {
        this.redis = redis;
        this.failOpen = failOpen;
    }

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        JwtAuthenticationToken caller = new JwtAuthenticationToken(jwt, roles(jwt), jwt.getSubject());
        String session = jwt.getClaimAsString(SESSION_CLAIM);
        if (session == null || session.isEmpty()) {
            return Mono.just(caller);
        }
        return redis.hasKey(KEY_PREFIX + session)
                .onErrorResume(e -> {
                    failOpen.skipped("revocation", e);
                    return Mono.just(false);
                })
                .flatMap(revoked -> revoked ? Mono.error(new SessionRevokedException()) : Mono.just(caller));
    }

    /** The roles claim as ROLE_ authorities, for the coarse staff-only rule. */
    private static Collection<GrantedAuthority> roles(Jwt jwt) {
        if (!(jwt.getClaims().get(ROLES_CLAIM) instanceof Collection<?> names) || names.isEmpty()) {
            return List.of();
        }
        List<GrantedAuthority> authorities = new ArrayList<>(names.size());
        for (Object name : names) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + name));
        }
        return authorities;
    }
}
