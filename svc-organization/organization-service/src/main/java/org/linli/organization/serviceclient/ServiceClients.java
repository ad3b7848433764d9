package org.linli.organization.serviceclient;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** The registered service clients, and the check of a client's secret. */
@Component
class ServiceClients {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    // compared against when the client id is unknown, so an unknown id costs what a known one does
    private static final byte[] NOBODY = new byte[32];

    private final Map<String, Registered> clients = new LinkedHashMap<>();

    ServiceClients(ServiceClientProperties properties) {
        properties.serviceClients().forEach((id, client) -> {
            if (!client.registered()) {
                return;
            }
            String hash = client.secretHash().trim().toLowerCase();
            if (!SHA256_HEX.matcher(hash).matches()) {
                throw new IllegalStateException("linli.identity.service-clients." + id
                        + ".secret-hash must be the hex SHA-256 of the secret (64 hex digits)");
            }
            if (client.grants().isEmpty() || client.audiences().isEmpty()) {
                throw new IllegalStateException(
                        "linli.identity.service-clients." + id + " needs its grants and audiences");
            }
            clients.put(id, new Registered(id, HexFormat.of().parseHex(hash), client));
        });
    }

    record Registered(String id, byte[] secretHash, ServiceClientProperties.Client client) {}

    /** The client, if {@code secret} is its secret; empty for an unknown client or a wrong secret. */
    Optional<Registered> authenticate(String id, String secret) {
        Registered client = clients.get(id);
        byte[] presented = sha256(secret);
        // constant time, and the same work whether the id exists or not
        boolean matches = MessageDigest.isEqual(presented, client == null ? NOBODY : client.secretHash());
        return client != null && matches ? Optional.of(client) : Optional.empty();
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
