package org.linli.gateway.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the gateway treats the HTTP it receives.
 *
 * @param trustedProxies addresses or CIDR ranges of the load balancers in front of the gateway;
 *     only their {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed
 * @param consoleOrigins the web console's origins ({@code LINLI_CONSOLE_ORIGINS}), the only ones a
 *     browser may call the API from cross-origin
 */
@ConfigurationProperties("linli.gateway")
public record HttpProperties(List<String> trustedProxies, List<String> consoleOrigins) {

    public HttpProperties {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        consoleOrigins = consoleOrigins == null
                ? List.of()
                : consoleOrigins.stream()
                        .map(String::trim)
                        .filter(o -> !o.isEmpty())
                        .toList();
    }
}
