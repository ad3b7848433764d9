package org.linli.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.linli.platform.core.http.BearerTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Reads the bearer token from the Authorization header only, never from query parameters or forms,
 * where tokens end up in logs. A header that claims the Bearer scheme with a malformed token is a 401,
 * not an anonymous request.
 *
 * <p>On a public path (a login, a token refresh) the header is not read at all: a client that still
 * sends its expired access token there, as a request wrapper that adds it to every call does, must
 * reach the endpoint that gives it a new one rather than a 401 for the token it is replacing.
 */
final class HeaderBearerTokenResolver implements BearerTokenResolver {

    private final List<RequestMatcher> publicPaths;

    HeaderBearerTokenResolver(List<String> publicPaths) {
        this.publicPaths = publicPaths.stream()
                .map(path -> (RequestMatcher)
                        PathPatternRequestMatcher.withDefaults().matcher(path))
                .toList();
    }

    @Override
    public String resolve(HttpServletRequest request) {
        if (publicPaths.stream().anyMatch(path -> path.matches(request))) {
            return null;
        }
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
