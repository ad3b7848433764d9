import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
 * Mints the benchmarks' access tokens, for 12 hours, signed with the dev key. Bench-only: never used in
 * production, and for anything else log in ({@code ./dev token <ROLE>}, the README's resident walk-through).
 *
 * <ul>
 *   <li>{@code <private-key.pem> [sid]}: SYSTEM_ADMIN of the whole tree. A login's token lives 10 minutes,
 *       less than a benchmark run, and always names a session; the gateway bench also measures a token
 *       without one.
 *   <li>{@code <private-key.pem> --residents}: RESIDENT tokens of real-name-verified residents, for
 *       {@code ./dev bench requests}. Reads lines {@code <account> <person> <household>} on stdin and
 *       prints {@code <household> <token>} for each: the token names the person (the {@code person}
 *       claim real-name verification adds) and a session of its own. The bench picks people tied to
 *       those households in linli_org, which is what svc-organization checks before it says where a
 *       resident's home lies; the account ids are the bench's own (the demo residents have none).
 * </ul>
 *
 * <pre>java -cp nimbus-jose-jwt.jar tools/MintToken.java .dev/secrets/jwt-private.pem [sid | --residents]</pre>
 *
 * Claims as org.linli.platform.core.token.TokenClaims names them.
 */
public class MintToken {

    private static final Duration TTL = Duration.ofHours(12);

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            fail("usage: java -cp nimbus-jose-jwt.jar tools/MintToken.java <private-key.pem> [sid | --residents]");
        }
        Path pem = Path.of(args[0]);
        if (!Files.isReadable(pem)) {
            fail("no private key at " + pem + ": run ./dev up once to generate the dev secrets");
        }
        RSASSASigner signer = new RSASSASigner(readPrivateKey(pem));
        if (args.length == 2 && args[1].equals("--residents")) {
            mintResidents(signer);
            return;
        }
        JWTClaimsSet.Builder claims = claims("1", List.of("gateway", "svc-organization"))
                .claim("roles", List.of("SYSTEM_ADMIN"))
                .claim("org", 1)
                .claim("org_path", "/");
        if (args.length == 2) {
            claims.claim("sid", args[1]);
        }
        System.out.println(sign(signer, claims));
    }

    private static void mintResidents(RSASSASigner signer) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        StringBuilder out = new StringBuilder();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.trim().split("\\s+");
            if (f.length != 3) {
                fail("--residents reads lines <account> <person> <household>, not: " + line);
            }
            // every service a resident's submission reaches checks that its own name is in the audience
            JWTClaimsSet.Builder claims = claims(f[0], List.of("gateway", "svc-organization", "svc-requests"))
                    .claim("roles", List.of("RESIDENT"))
                    .claim("person", Long.parseLong(f[1]))
                    .claim("sid", "bench-resident-" + f[0]);
            out.append(f[2]).append(' ').append(sign(signer, claims)).append('\n');
        }
        System.out.print(out);
    }

    private static JWTClaimsSet.Builder claims(String subject, List<String> audience) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer("linli")
                .audience(audience)
                .subject(subject)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(TTL)));
    }

    private static String sign(RSASSASigner signer, JWTClaimsSet.Builder claims) throws Exception {
        SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
        token.sign(signer);
        return token.serialize();
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
