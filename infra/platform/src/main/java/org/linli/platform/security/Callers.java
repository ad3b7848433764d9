package org.linli.platform.security;

import static org.linli.platform.core.token.TokenClaims.CLIENT_ID;
import static org.linli.platform.core.token.TokenClaims.ORG_PATH;
import static org.linli.platform.core.token.TokenClaims.ORG_UNIT;
import static org.linli.platform.core.token.TokenClaims.PERSON;
import static org.linli.platform.core.token.TokenClaims.ROLES;
import static org.linli.platform.core.token.TokenClaims.SCOPE;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.linli.platform.core.token.Role;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** Reads the {@link Caller} from a verified token's claims; a token whose claims don't add up is refused. */
final class Callers {

    private Callers() {}

    static Caller toCaller(String subject, Map<String, Object> claims) {
        try {
            if (claims.get(CLIENT_ID) != null) {
                return serviceCaller(claims);
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            if (claims.get(ROLES) instanceof Collection<?> names) {
                names.forEach(n -> roles.add(Role.valueOf(String.valueOf(n))));
            }
            if (roles.contains(Role.SERVICE)) {
                throw new IllegalArgumentException("SERVICE is a client's role, never a person's");
            }
            return new Caller(
                    Long.parseLong(subject),
                    asLong(claims.get(PERSON)),
                    roles,
                    asLong(claims.get(ORG_UNIT)),
                    claims.get(ORG_PATH) == null ? null : String.valueOf(claims.get(ORG_PATH)));
        } catch (RuntimeException e) {
            throw new OAuth2AuthenticationException(
                    new OAuth2Error("invalid_token", "Malformed Linli claims", null), e);
        }
    }

    private static Caller serviceCaller(Map<String, Object> claims) {
        Object roles = claims.get(ROLES);
        if (!(roles instanceof Collection<?> names)
                || names.size() != 1
                || !Role.SERVICE.name().equals(String.valueOf(names.iterator().next()))) {
            // a client token never carries a person's roles: refuse a mix rather than guess
            throw new IllegalArgumentException("A client token must have exactly the SERVICE role");
        }
        Object scope = claims.get(SCOPE);
        Set<String> grants = scope == null || String.valueOf(scope).isBlank()
                ? Set.of()
                : Set.of(String.valueOf(scope).trim().split("\\s+"));
        return Caller.service(String.valueOf(claims.get(CLIENT_ID)), grants);
    }

    private static Long asLong(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(value));
    }
}
