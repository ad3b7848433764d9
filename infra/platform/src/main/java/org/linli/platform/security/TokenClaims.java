package org.linli.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** The claim names Linli access tokens carry, shared by the issuer and every verifier. */
public final class TokenClaims {

    public static final String ROLES = "roles";
    public static final String PERSON = "person";
    public static final String ORG_UNIT = "org";
    public static final String ORG_PATH = "org_path";
    /** The session (refresh-token family) a token belongs to; logout revokes it at the gateway. */
    public static final String SESSION = "sid";

    public static final String ISSUER = "linli";

    private TokenClaims() {}

    static Caller toCaller(String subject, Map<String, Object> claims) {
        try {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            if (claims.get(ROLES) instanceof Collection<?> names) {
                names.forEach(n -> roles.add(Role.valueOf(String.valueOf(n))));
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

    private static Long asLong(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(value));
    }
}
