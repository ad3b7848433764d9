package org.linli.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.linli.platform.core.http.BearerTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;

/**
 * Reads the bearer token from the Authorization header only, never from query parameters or forms,
 * where tokens end up in logs. A header that claims the Bearer scheme with a malformed token is a 401,
 * not an anonymous request.
 */
final class HeaderBearerTokenResolver implements BearerTokenResolver {

    @Override
    public String resolve(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (!BearerTokens.isBearer(header)) {
            return null;
        }
        String token = BearerTokens.tokenOf(header);
        if (token == null) {
            throw new InvalidBearerTokenException("Bearer token is malformed");
        }
        return token;
    }
}
