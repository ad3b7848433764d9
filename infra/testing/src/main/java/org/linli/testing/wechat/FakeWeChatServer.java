package org.linli.testing.wechat;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.linli.testing.fake.FakeHttpServer;

/**
 * A fake of the WeChat server API for mini-programs, serving what WxJava 4.7.9.B calls:
 *
 * <ul>
 *   <li>{@code GET /cgi-bin/token?grant_type=client_credential&appid=&secret=} and {@code POST
 *       /cgi-bin/stable_token {grant_type, appid, secret, force_refresh}}: access tokens. WxJava fetches
 *       one before any other call, the login included.
 *   <li>{@code GET /sns/jscode2session?appid=&secret=&js_code=&grant_type=authorization_code}: login.
 *   <li>{@code POST /wxa/business/getuserphonenumber?access_token= {code, openid}}: the phone number.
 * </ul>
 *
 * <p>Its conventions are deterministic, so tests and the demo can predict them:
 *
 * <ul>
 *   <li>A login code is {@code <user>} or {@code <user>:<nonce>}; a user is lowercase letters, digits
 *       and '-', starting with a letter, at most 64 characters ({@code demo-resident-3},
 *       {@code demo-resident-3:7f2a}). Every code works once (again: 40163), so the nonce lets one user
 *       log in many times. Any other shape: 40029.
 *   <li>The openid is {@code o-<user>} in the first app registered and {@code o-<user>.<appId>} in the
 *       others (WeChat gives each mini-program its own openids). Apps registered with union ids (one
 *       open-platform account) also answer the unionid {@code u-<user>}.
 *   <li>A phone code is {@code phone-<11 digits>} or {@code phone-<11 digits>:<nonce>} and yields that
 *       number, once (again: 40163); other shapes: 40029. The openid passed is recorded.
 *   <li>An unknown appid answers 40013, a wrong secret 40125, an access token this fake did not issue
 *       (or that {@link #expireAccessTokens()} ended) 40001.
 * </ul>
 *
 * <p>Tests script failures with {@link #failNext(int)} (the next login or phone call answers that
 * errcode: -1 busy, 45011 rate limit ...), {@link #delay}, {@link #down()} and {@link #up()}, and count
 * calls with {@link #calls(String)}.
 *
 * <p>Alone: {@code java -cp infra/testing/target/classes org.linli.testing.wechat.FakeWeChatServer --port
 * 8090 [--app <appid>:<secret>[:unionid]]...}; without {@code --app} it serves {@value #DEMO_APP_ID} with
 * secret {@value #DEMO_SECRET} and union ids.
 */
public final class FakeWeChatServer extends FakeHttpServer {

    public static final String TOKEN = "/cgi-bin/token";
    public static final String STABLE_TOKEN = "/cgi-bin/stable_token";
    public static final String LOGIN = "/sns/jscode2session";
    public static final String PHONE = "/wxa/business/getuserphonenumber";

    public static final String DEMO_APP_ID = "wx-linli-demo";
    public static final String DEMO_SECRET = "demo-secret";

    public static final int INVALID_CODE = 40029;
    public static final int CODE_USED = 40163;
    public static final int INVALID_APPID = 40013;
    public static final int INVALID_SECRET = 40125;
    public static final int INVALID_TOKEN = 40001;
    public static final int BUSY = -1;

    private static final Pattern LOGIN_CODE = Pattern.compile("([a-z][a-z0-9-]{0,63})(?::[A-Za-z0-9._-]{1,64})?");
    private static final Pattern PHONE_CODE = Pattern.compile("phone-(1[3-9]\\d{9})(?::[A-Za-z0-9._-]{1,64})?");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, App> apps = new ConcurrentHashMap<>();
    private final Set<String> spentCodes = ConcurrentHashMap.newKeySet();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Map<String, String> stableTokens = new ConcurrentHashMap<>();
    private final Queue<Integer> failures = new ConcurrentLinkedQueue<>();
    private final AtomicLong tokenSeq = new AtomicLong();
    private String firstApp;

    private record App(String appId, String secret, boolean unionIds) {}

    /** Registers a mini-program; {@code unionIds} when it belongs to an open-platform account. */
    public synchronized FakeWeChatServer app(String appId, String secret, boolean unionIds) {
        apps.put(appId, new App(appId, secret, unionIds));
        if (firstApp == null) {
            firstApp = appId;
        }
        return this;
    }

    /** The openid this fake hands out for {@code user} in {@code appId}. */
    public synchronized String openId(String appId, String user) {
        return appId.equals(firstApp) ? "o-" + user : "o-" + user + "." + appId;
    }

    /** The next login or phone call answers {@code errcode} instead (queued: call again for more). */
    public void failNext(int errcode) {
        failures.add(errcode);
    }

    /** Every access token issued so far stops working (40001), as when WeChat rotates them. */
    public void expireAccessTokens() {
        tokens.clear();
        stableTokens.clear();
    }

    @Override
    public void reset() {
        super.reset();
        failures.clear();
    }

    @Override
    protected Response handle(Request request) {
        return switch (request.path()) {
            case TOKEN -> token(request.query().get("appid"), request.query().get("secret"), false, false);
            case STABLE_TOKEN -> {
                Map<String, Object> body = request.json();
                yield token(
                        (String) body.get("appid"),
                        (String) body.get("secret"),
                        true,
                        Boolean.TRUE.equals(body.get("force_refresh")));
            }
            case LOGIN -> login(request.query());
            case PHONE -> phone(request);
            default -> Response.json(404, Map.of("errcode", 404, "errmsg", "no such api"));
        };
    }

    private Response token(String appId, String secret, boolean stable, boolean forceRefresh) {
        Response refused = checkApp(appId, secret);
        if (refused != null) {
            return refused;
        }
        String token = stable && !forceRefresh ? stableTokens.get(appId) : null;
        if (token == null) {
            token = "fake-token-" + appId + "-" + tokenSeq.incrementAndGet();
            tokens.put(token, appId);
            if (stable) {
                stableTokens.put(appId, token);
            }
        }
        return ok(Map.of("access_token", token, "expires_in", 7200));
    }

    private Response login(Map<String, String> query) {
        String appId = query.get("appid");
        Response refused = checkApp(appId, query.get("secret"));
        if (refused != null) {
            return refused;
        }
        if (!"authorization_code".equals(query.get("grant_type"))) {
            return error(40002, "invalid grant_type");
        }
        Integer scripted = failures.poll();
        if (scripted != null) {
            return error(scripted, "scripted failure");
        }
        String code = query.getOrDefault("js_code", "");
        Matcher matcher = LOGIN_CODE.matcher(code);
        if (!matcher.matches() || code.startsWith("phone-")) {
            return error(INVALID_CODE, "invalid code");
        }
        if (!spentCodes.add("login:" + code)) {
            return error(CODE_USED, "code been used");
        }
        String user = matcher.group(1);
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("openid", openId(appId, user));
        session.put("session_key", sessionKey());
        if (apps.get(appId).unionIds()) {
            session.put("unionid", "u-" + user);
        }
        return ok(session);
    }

    private Response phone(Request request) {
        String appId = tokens.get(request.query().getOrDefault("access_token", ""));
        if (appId == null) {
            return error(INVALID_TOKEN, "invalid credential, access_token is invalid or not latest");
        }
        Integer scripted = failures.poll();
        if (scripted != null) {
            return error(scripted, "scripted failure");
        }
        Object code = request.json().get("code");
        Matcher matcher = PHONE_CODE.matcher(code instanceof String s ? s : "");
        if (!matcher.matches()) {
            return error(INVALID_CODE, "invalid code");
        }
        if (!spentCodes.add("phone:" + code)) {
            return error(CODE_USED, "code been used");
        }
        String number = matcher.group(1);
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("phoneNumber", number);
        info.put("purePhoneNumber", number);
        info.put("countryCode", "86");
        info.put("watermark", Map.of("timestamp", System.currentTimeMillis() / 1000, "appid", appId));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errcode", 0);
        body.put("errmsg", "ok");
        body.put("phone_info", info);
        return Response.json(200, body);
    }

    private Response checkApp(String appId, String secret) {
        App app = appId == null ? null : apps.get(appId);
        if (app == null) {
            return error(INVALID_APPID, "invalid appid");
        }
        if (!app.secret().equals(secret)) {
            return error(INVALID_SECRET, "invalid appsecret");
        }
        return null;
    }

    private static String sessionKey() {
        byte[] key = new byte[16];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static Response ok(Map<String, Object> body) {
        return Response.json(200, body);
    }

    /** WeChat answers errors with HTTP 200 and an errcode. */
    private static Response error(int errcode, String errmsg) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errcode", errcode);
        body.put("errmsg", errmsg);
        return Response.json(200, body);
    }

    public static void main(String[] args) throws InterruptedException {
        int port = 8090;
        List<String[]> appArgs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--app" -> appArgs.add(args[++i].split(":"));
                default -> {
                    System.err.println("usage: FakeWeChatServer [--port 8090] [--app <appid>:<secret>[:unionid]]...");
                    System.exit(2);
                }
            }
        }
        FakeWeChatServer server = new FakeWeChatServer();
        if (appArgs.isEmpty()) {
            server.app(DEMO_APP_ID, DEMO_SECRET, true);
        }
        for (String[] app : appArgs) {
            server.app(app[0], app[1], app.length > 2 && app[2].equals("unionid"));
        }
        server.start(port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.println("Fake WeChat API on " + server.url() + " for " + server.apps.keySet()
                + "; login codes <user>[:<nonce>] give openid o-<user>, phone codes phone-<number>[:<nonce>]");
        Thread.currentThread().join();
    }
}
