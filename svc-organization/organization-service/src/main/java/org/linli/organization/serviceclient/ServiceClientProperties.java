package org.linli.organization.serviceclient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The services that may get a SERVICE token here (client credentials), each under its client id:
 * {@code linli.identity.service-clients.requests.secret-hash=...}.
 *
 * @param serviceClients the registered clients; one without a secret hash is not registered
 * @param serviceTokenTtl how long a SERVICE token lives; short, since nothing can revoke one
 */
@ConfigurationProperties("linli.identity")
public record ServiceClientProperties(
        Map<String, Client> serviceClients, @DefaultValue("5m") Duration serviceTokenTtl) {

    public ServiceClientProperties {
        serviceClients = serviceClients == null ? Map.of() : Map.copyOf(serviceClients);
    }

    /**
     * @param secretHash the lowercase hex SHA-256 of the client's secret, never the secret itself
     *     ({@code printf %s "$secret" | sha256sum}). A fast hash on purpose: client secrets are long
     *     random values, not passwords a person chose, so nothing is gained by a slow hash, which would
     *     only let anyone who reaches this endpoint burn CPU
     * @param grants what the client may do (token scopes), e.g. {@code org.lookups}
     * @param audiences the services its tokens are good at (the {@code aud} claim)
     */
    public record Client(
            String secretHash, Set<String> grants, @DefaultValue("svc-organization") List<String> audiences) {

        public Client {
            grants = grants == null ? Set.of() : Set.copyOf(grants);
            audiences = audiences == null ? List.of() : List.copyOf(audiences);
        }

        boolean registered() {
            return secretHash != null && !secretHash.isBlank();
        }
    }
}
