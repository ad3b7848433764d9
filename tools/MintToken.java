import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Mints a Linli access token (RS256 JWT) for demos and benchmarks, until staff can log in.
 * Runs as a single source file with only the JDK, so it needs no build and no classpath:
 *
 * <pre>java tools/MintToken.java .dev/secrets/jwt-private.pem SYSTEM_ADMIN [orgUnitId orgPath]</pre>
 *
 * The key file is the PKCS#8 PEM that {@code ./dev up} generates; the services trust its public half.
 * Claims match org.linli.platform.core.token.TokenClaims. Never used in production: real tokens come
 * from svc-organization's login.
 */
public class MintToken {

    private static final List<String> ROLES = List.of(
            "RESIDENT", "VOLUNTEER", "PARTY_MEMBER", "GRID_WORKER", "PROPERTY_STAFF",
            "COMMUNITY_ADMIN", "STREET_ADMIN", "SYSTEM_ADMIN");
    private static final Set<String> NOT_STAFF = Set.of("RESIDENT", "VOLUNTEER", "PARTY_MEMBER");
    // a working day: long enough for a demo or a benchmark run, short enough to not linger
    private static final long TTL_SECONDS = 12 * 3600;

    public static void main(String[] args) throws Exception {
        if (args.length != 2 && args.length != 4) {
            fail("usage: java tools/MintToken.java <private-key.pem> <ROLE> [orgUnitId orgPath]");
        }
        String role = args[1].toUpperCase();
        if (!ROLES.contains(role)) {
            fail("unknown role " + args[1] + "; one of " + String.join(", ", ROLES));
        }
        boolean staff = !NOT_STAFF.contains(role);
        Long orgUnitId = null;
        String orgPath = null;
        if (args.length == 4) {
            orgUnitId = Long.parseLong(args[2]);
            orgPath = args[3];
            if (!orgPath.startsWith("/") || !orgPath.endsWith("/")) {
                fail("orgPath is a materialized path such as /1/4/");
            }
        } else if (staff) {
            // the root of the demo geography: a system admin sees everything anyway
            orgUnitId = 1L;
            orgPath = role.equals("SYSTEM_ADMIN") ? "/" : "/1/";
        }
        long subject = orgUnitId == null ? 1 : role.equals("SYSTEM_ADMIN") ? 1 : 1000 + orgUnitId;
        long now = Instant.now().getEpochSecond();

        StringBuilder claims = new StringBuilder()
                .append("{\"iss\":\"linli\",\"aud\":[\"gateway\",\"svc-organization\"],\"sub\":\"").append(subject)
                .append("\",\"iat\":").append(now)
                .append(",\"exp\":").append(now + TTL_SECONDS)
                .append(",\"roles\":[\"").append(role).append("\"]");
        if (orgUnitId != null) {
            claims.append(",\"org\":").append(orgUnitId).append(",\"org_path\":\"").append(json(orgPath)).append('"');
        }
        claims.append('}');

        String signingInput = base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + base64Url(claims.toString());
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(readPrivateKey(Path.of(args[0])));
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        System.out.println(signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign()));
    }

    private static PrivateKey readPrivateKey(Path pem) throws Exception {
        if (!Files.isReadable(pem)) {
            fail("no private key at " + pem + ": run ./dev up once to generate the dev secrets");
        }
        String text = Files.readString(pem);
        if (!text.contains("BEGIN PRIVATE KEY")) {
            fail(pem + " is not a PKCS#8 PEM private key (BEGIN PRIVATE KEY)");
        }
        String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String json(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(2);
    }
}
