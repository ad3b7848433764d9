package org.linli.gateway.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Spring Security's strict firewall refusals (an encoded slash, a ';', '..', an unknown method, a
 * header value with a control character ...) as problem details, instead of its empty 400. Its own
 * message quotes the request back, so what it refused is read from the request instead.
 */
@Component
class RejectedRequests implements ServerExchangeRejectedHandler {

    private static final Set<String> METHODS = Set.of("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT");

    /** What the firewall refuses in a path, lower case, and how to say so. */
    private static final List<String[]> PATH_RULES = List.of(
            new String[] {"%2f", "an encoded slash (%2F)"},
            new String[] {"%5c", "an encoded backslash (%5C)"},
            new String[] {"\\", "a backslash"},
            new String[] {"%25", "an encoded percent sign (%25)"},
            new String[] {"%2e", "an encoded period (%2E)"},
            new String[] {";", "a semicolon (;)"},
            new String[] {"%3b", "an encoded semicolon (%3B)"},
            new String[] {"%00", "a null character (%00)"},
            new String[] {"//", "an empty segment (//)"},
            new String[] {"/./", "a '.' segment"},
            new String[] {"/../", "a '..' segment"});

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
        String path = exchange.getRequest().getURI().getRawPath();
        if (path != null) {
            String lower = path.toLowerCase(Locale.ROOT);
            for (String[] rule : PATH_RULES) {
                if (lower.contains(rule[0])) {
                    return Problems.write(
                            exchange,
                            HttpStatus.BAD_REQUEST,
                            "request.invalid-url",
                            "The path contains " + rule[1] + ", which is not accepted.");
                }
            }
        }
        return Problems.write(
                exchange,
                HttpStatus.BAD_REQUEST,
                "request.rejected",
                "The request was refused: its URL, or a header name or value, contains a control character or"
                        + " a character that is not assigned in Unicode. Send header values as plain ASCII.");
    }
}
