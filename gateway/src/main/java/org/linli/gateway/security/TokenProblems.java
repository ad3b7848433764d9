package org.linli.gateway.security;

import org.linli.gateway.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 401 and 403 as problem details with the codes the services use, plus {@code auth.token-revoked}
 * so a client knows a signed-out session needs a new login rather than a token refresh.
 */
final class TokenProblems implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException e) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        if (e instanceof SessionRevokedException) {
            return Problems.write(
                    exchange,
                    HttpStatus.UNAUTHORIZED,
                    "auth.token-revoked",
                    "This session has been signed out; please sign in again.");
        }
        return Problems.write(
                exchange,
                HttpStatus.UNAUTHORIZED,
                "auth.unauthenticated",
                "Sign in first: this needs a valid, unexpired access token.");
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException e) {
        return Problems.write(exchange, HttpStatus.FORBIDDEN, "auth.forbidden", "Your role may not do this.");
    }
}
