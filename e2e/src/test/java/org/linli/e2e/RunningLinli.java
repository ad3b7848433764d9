package org.linli.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.linli.testing.Http;
import org.linli.testing.TestInfrastructure;
import org.linli.testing.TestTokens;
import org.linli.testing.wechat.FakeWeChatServer;

/**
 * The suite as it runs in production, started once per test JVM: svc-organization, svc-requests and the gateway as
 * their own processes from the packaged jars, on a fresh database and Redis database. Tests reach it
 * only through the gateway, except where they prove that a service reached directly trusts nothing.
 */
final class RunningLinli {

    private static RunningLinli instance;
    private static IllegalStateException startupFailure;

    /** The first SYSTEM_ADMIN, created by svc-organization at start-up from its environment. */
    static final String ADMIN_USERNAME = "e2e-admin";

    static final String ADMIN_PASSWORD = "seven-lanterns-over-the-river";

    /** As many as ./dev up loads (its DEMO_HOUSEHOLDS), so that ids match. */
    static final int DEMO_HOUSEHOLDS = 12_000;

    /** The demo data's staff logins share this dev-only password (README). */
    static final String DEMO_PASSWORD = "linli-demo-2026";

    final int gatewayPort;
    final int organizationPort;
    final int requestsPort;
    final FakeWeChatServer weChat;
    private final ServiceProcess organization;
    private final ServiceProcess requests;
    private final ServiceProcess gateway;

    private RunningLinli() throws Exception {
        Path logs = Path.of(System.getProperty("linli.e2e.logs", "target/e2e-logs"));
        organizationPort = freePort();
        requestsPort = freePort();
        gatewayPort = freePort();
        weChat = new FakeWeChatServer().app(FakeWeChatServer.DEMO_APP_ID, FakeWeChatServer.DEMO_SECRET, true);
        weChat.start(0);
        String redisUrl = TestInfrastructure.redisUrl() + "/" + TestInfrastructure.freshRedisDatabase();

        // what both services share: the database login, Redis, the token key, and one pair of PII keys
        // (as ./dev gives every service the same generated secrets)
        Map<String, String> shared = new HashMap<>();
        shared.put("LINLI_DB_USER", TestInfrastructure.mysqlUser());
        shared.put("LINLI_DB_PASSWORD", TestInfrastructure.mysqlPassword());
        shared.put("LINLI_REDIS_URL", redisUrl);
        shared.put("LINLI_JWT_PUBLIC_KEY", TestTokens.publicKeyBase64());
        shared.put("LINLI_PII_ENCRYPTION_KEY", randomKey());
        shared.put("LINLI_PII_INDEX_KEY", randomKey());

        Map<String, String> org = new HashMap<>(shared);
        org.put("LINLI_ORG_PORT", String.valueOf(organizationPort));
        org.put("LINLI_ORG_DB_URL", TestInfrastructure.freshDatabase("linli_org_e2e"));
        org.put("LINLI_JWT_PRIVATE_KEY", TestTokens.privateKeyBase64());
        org.put("LINLI_WECHAT_API_URL", weChat.url());
        org.put("LINLI_WECHAT_APP_ID", FakeWeChatServer.DEMO_APP_ID);
        org.put("LINLI_WECHAT_APP_SECRET", FakeWeChatServer.DEMO_SECRET);
        org.put("LINLI_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
        org.put("LINLI_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        organization = ServiceProcess.start(
                "organization", Path.of(System.getProperty("linli.e2e.organization-jar")), org, logs);

        Map<String, String> req = new HashMap<>(shared);
        req.put("LINLI_REQUESTS_PORT", String.valueOf(requestsPort));
        req.put("LINLI_REQUESTS_DB_URL", TestInfrastructure.freshDatabase("linli_requests_e2e"));
        // where a resident's home lies, asked at intake with the resident's own token
        req.put("LINLI_ORG_URL", "http://127.0.0.1:" + organizationPort);
        requests = ServiceProcess.start("requests", Path.of(System.getProperty("linli.e2e.requests-jar")), req, logs);

        Map<String, String> gw = new HashMap<>();
        gw.put("LINLI_GATEWAY_PORT", String.valueOf(gatewayPort));
        gw.put("LINLI_ORG_URL", "http://127.0.0.1:" + organizationPort);
        gw.put("LINLI_REQUESTS_URL", "http://127.0.0.1:" + requestsPort);
        gw.put("LINLI_REDIS_URL", redisUrl);
        // the gateway learns the signing key the way a deployment does: from svc-organization's JWKS
        gw.put("LINLI_JWK_SET_URI", "http://127.0.0.1:" + organizationPort + "/api/auth/jwks");
        // tests speak for many clients through one address, each naming its own in X-Forwarded-For
        gw.put("LINLI_TRUSTED_PROXIES", "127.0.0.1/32");
        gateway = ServiceProcess.start("gateway", gatewayJar(), gw, logs);

        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        try {
            organization.awaitHealthy(
                    "http://127.0.0.1:" + organizationPort + "/actuator/health/readiness", Duration.ofMinutes(3));
            requests.awaitHealthy(
                    "http://127.0.0.1:" + requestsPort + "/actuator/health/readiness", Duration.ofMinutes(3));
            // the demo district, as ./dev up loads it: first into the fresh database, so its ids are those
            // of a newcomer's ./dev up and the API documents' examples can be tried against it
            Map<String, String> demo = new HashMap<>(org);
            demo.put("LINLI_ORG_PORT", "0");
            demo.put("LINLI_DEMO_HOUSEHOLDS", String.valueOf(DEMO_HOUSEHOLDS));
            demo.put("LINLI_DEMO_EXIT", "true");
            ServiceProcess.start("demo-data", Path.of(System.getProperty("linli.e2e.organization-jar")), demo, logs)
                    .awaitSuccess(Duration.ofMinutes(10));
            gateway.awaitHealthy(
                    "http://127.0.0.1:" + gatewayPort + "/actuator/health/readiness", Duration.ofMinutes(2));
        } catch (Exception | Error e) {
            // leave no process behind when the suite cannot start
            stop();
            throw e;
        }
    }

    static synchronized RunningLinli get() {
        // one attempt per JVM: a suite that failed to start fails every test at once, not one start each
        if (startupFailure != null) {
            throw startupFailure;
        }
        if (instance == null) {
            try {
                instance = new RunningLinli();
            } catch (Exception e) {
                startupFailure = new IllegalStateException("Could not start the suite for the end-to-end tests", e);
                throw startupFailure;
            }
        }
        return instance;
    }

    /** The gateway's packaged jar, the one the suite runs. */
    static Path gatewayJar() {
        return Path.of(System.getProperty("linli.e2e.gateway-jar"));
    }

    /** The public door. */
    Http gateway() {
        return new Http("http://127.0.0.1:" + gatewayPort);
    }

    /** The public door, as seen by a client at {@code address} (each test its own, for the rate limits). */
    Client client(String address) {
        return new Client(gateway(), address);
    }

    /** svc-organization itself, bypassing the gateway. */
    Http organizationDirect() {
        return new Http("http://127.0.0.1:" + organizationPort);
    }

    private void stop() {
        gateway.close();
        requests.close();
        organization.close();
        weChat.close();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
