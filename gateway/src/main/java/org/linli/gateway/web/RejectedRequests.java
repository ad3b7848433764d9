package org.linli.gateway.web;

import java.util.Set;
import org.linli.platform.core.http.UrlProblems;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Spring Security's strict firewall refusals (an encoded slash, a ';', '..', an unknown method, a
 * header value with a control character ...) as problem details, instead of its empty 400. Its own
 * message quotes the request back, so what it refused is read from the request instead, in the same
 * sentences the services use ({@link UrlProblems}).
 */
@Component
class RejectedRequests implements ServerExchangeRejectedHandler {

    private static final Set<String> METHODS = Set.of("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT");

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        String method = exchange.getRequest().getMethod().name();
        if (!METHODS.contains(method)) {
            return Problems.write(
                    exchange,
                    HttpStatus.BAD_REQUEST,
                    "request.rejected",
                    "The HTTP method is not accepted; use one of DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT.");
        }
        String problem = UrlProblems.describe(exchange.getRequest().getURI().getRawPath());
        if (problem != null) {
            return Problems.write(exchange, HttpStatus.BAD_REQUEST, UrlProblems.CODE, problem);
        }
        return Problems.write(
                exchange,
                HttpStatus.BAD_REQUEST,
                "request.rejected",
                "The request was refused: its URL, or a header name or value, contains a control character or"
                        + " a character that is not assigned in Unicode. Send header values as plain ASCII.");
    }
}
