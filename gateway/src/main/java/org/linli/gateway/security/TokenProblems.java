package org.linli.gateway.security;

import org.linli.gateway.web.Problems;
import org.linli.platform.core.problem.AuthProblems;
import org.linli.platform.core.revocation.SessionRevokedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 401 and 403 as problem details with the codes and sentences the services use ({@link AuthProblems}),
 * {@code auth.token-revoked} included, so a client knows a signed-out session needs a new login rather
 * than a token refresh.
 */
final class TokenProblems implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException e) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        AuthProblems problem =
                e instanceof SessionRevokedException ? AuthProblems.TOKEN_REVOKED : AuthProblems.UNAUTHENTICATED;
        return Problems.write(exchange, HttpStatus.UNAUTHORIZED, problem.code(), problem.detail());
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException e) {
        return Problems.write(
                exchange, HttpStatus.FORBIDDEN, AuthProblems.FORBIDDEN.code(), AuthProblems.FORBIDDEN.detail());
    }
}
