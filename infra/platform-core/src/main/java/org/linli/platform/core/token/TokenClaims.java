package org.linli.platform.core.token;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The claim names Linli access tokens carry, shared by the issuer and every verifier. */
public final class TokenClaims {

    public static final String ROLES = "roles";
    public static final String PERSON = "person";
    public static final String ORG_UNIT = "org";
    public static final String ORG_PATH = "org_path";
    /** The session (refresh-token family) a token belongs to; logout revokes it everywhere. */
    public static final String SESSION = "sid";
    /** A service token's registered client (RFC 9068). */
    public static final String CLIENT_ID = "client_id";
    /** A service token's grants, space-separated (RFC 9068 / RFC 8693 {@code scope}). */
    public static final String SCOPE = "scope";

    public static final String ISSUER = "linli";

    private TokenClaims() {}

    /** The role names in a token's claims, as the issuer wrote them; empty when there are none. */
    public static List<String> roleNames(Map<String, Object> claims) {
        if (!(claims.get(ROLES) instanceof Collection<?> names)) {
            return List.of();
        }
        return names.stream().map(String::valueOf).toList();
    }
}
