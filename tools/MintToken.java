import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/**
 * Mints the benchmarks' access token: SYSTEM_ADMIN of the whole tree, for 12 hours, signed with the dev
 * key. A login's token lives 10 minutes, less than a benchmark run, and always names a session; the
 * gateway bench also measures a token without one. For anything else log in: {@code ./dev token <ROLE>}.
 *
 * <pre>java -cp nimbus-jose-jwt.jar tools/MintToken.java .dev/secrets/jwt-private.pem [sid]</pre>
 *
 * Claims as org.linli.platform.core.token.TokenClaims names them. Never used in production.
 */
public class MintToken {

    private static final Duration TTL = Duration.ofHours(12);

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            fail("usage: java -cp nimbus-jose-jwt.jar tools/MintToken.java <private-key.pem> [sid]");
        }
        Path pem = Path.of(args[0]);
        if (!Files.isReadable(pem)) {
            fail("no private key at " + pem + ": run ./dev up once to generate the dev secrets");
        }
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer("linli")
                .audience(List.of("gateway", "svc-organization"))
                .subject("1")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(TTL)))
                .claim("roles", List.of("SYSTEM_ADMIN"))
                .claim("org", 1)
                .claim("org_path", "/");
        if (args.length == 2) {
            claims.claim("sid", args[1]);
        }
        SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
        token.sign(new RSASSASigner(readPrivateKey(pem)));
        System.out.println(token.serialize());
    }

    // nimbus reads PEM only with BouncyCastle on the class path; the JDK reads the PKCS#8 that ./dev writes
    private static PrivateKey readPrivateKey(Path pem) throws Exception {
        String text = Files.readString(pem);
        if (!text.contains("BEGIN PRIVATE KEY")) {
            fail(pem + " is not a PKCS#8 PEM private key (BEGIN PRIVATE KEY)");
        }
        byte[] der = Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", ""));
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(2);
    }
}
