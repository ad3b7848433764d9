package org.linli.gateway.security;

import org.linli.platform.core.http.BearerTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Reads the bearer token from the Authorization header only (never from the query string, where
 * tokens end up in access logs), and not at all on public paths: a phone refreshing with a stale
 * access token still in its header must reach /api/auth/refresh, and the service there decides. A
 * malformed token is a 401, not an anonymous request ({@link BearerTokens} has the rules).
 */
final class BearerTokenConverter implements ServerAuthenticationConverter {

    private final PathRules publicPaths;

    BearerTokenConverter(PathRules publicPaths) {
        this.publicPaths = publicPaths;
    }

    @Override
    public Mono<Authentication> convert(ServerWebExchange exchange) {
        if (publicPaths.test(exchange)) {
            return Mono.empty();
        }
        String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (!BearerTokens.isBearer(header)) {
            return Mono.empty();
        }
        String token = BearerTokens.tokenOf(header);
        if (token == null) {
            return Mono.error(
                    new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed")));
        }
        return Mono.just(new BearerTokenAuthenticationToken(token));
    }
}
