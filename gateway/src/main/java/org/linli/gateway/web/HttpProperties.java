package org.linli.gateway.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How the gateway treats the HTTP it receives.
 *
 * @param trustedProxies addresses or CIDR ranges of the load balancers in front of the gateway;
 *     only their {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed
 * @param consoleOrigins the web console's origins ({@code LINLI_CONSOLE_ORIGINS}), the only ones a
 *     browser may call the API from cross-origin
 * @param maxRequestSize the largest request body a route accepts unless its {@code
 *     max-request-size} metadata says otherwise
 */
@ConfigurationProperties("linli.gateway")
public record HttpProperties(List<String> trustedProxies, List<String> consoleOrigins, DataSize maxRequestSize) {

    public HttpProperties {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        consoleOrigins = consoleOrigins == null
                ? List.of()
                : consoleOrigins.stream()
                        .map(String::trim)
                        .filter(o -> !o.isEmpty())
                        .toList();
        maxRequestSize = maxRequestSize == null ? DataSize.ofMegabytes(1) : maxRequestSize;
    }
}
