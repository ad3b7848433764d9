package org.linli.organization.serviceclient;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.linli.organization.token.AccessTokens;
import org.linli.platform.access.PublicEndpoint;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OAuth 2.0 token endpoint for other Linli services (RFC 6749 §4.4, client credentials): a
 * registered client authenticates with its secret (HTTP Basic, or {@code client_id}/{@code
 * client_secret} in the form) and gets a short-lived SERVICE token limited to its grants.
 *
 * <p>{@code /oauth2/token}, Spring Authorization Server's path, outside {@code /api}: the gateway routes
 * only {@code /api/org/**}, {@code /api/auth/**} and the docs, so this endpoint is reachable in the
 * cluster and not from the internet. Left out of the OpenAPI document, which describes the public API
 * the gateway serves. Brute force is not throttled: secrets are 256-bit random values, and only other
 * services can reach the endpoint.
 */
@Hidden
@RestController
class ClientCredentialsController {

    static final String PATH = "/oauth2/token";
    private static final String BASIC = "basic ";

    private final ServiceClients clients;
    private final AccessTokens tokens;
    private final ServiceClientProperties properties;

    ClientCredentialsController(ServiceClients clients, AccessTokens tokens, ServiceClientProperties properties) {
        this.clients = clients;
        this.tokens = tokens;
        this.properties = properties;
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @PublicEndpoint(
            value = {},
            why = "the client authenticates itself with its id and secret. In-cluster only: the gateway "
                    + "has no route to it.")
    ResponseEntity<ServiceToken> token(@RequestParam MultiValueMap<String, String> form, HttpServletRequest request) {
        if (request.getQueryString() != null) {
            // a secret in a URL ends up in access logs
            throw TokenRequestRefused.invalidRequest("Send the parameters in the form body, not the URL.");
        }
        form.forEach((name, values) -> {
            if (values.size() > 1) {
                throw TokenRequestRefused.invalidRequest("Parameter " + name + " was sent more than once.");
            }
        });
        String[] credentials = credentials(request.getHeader(HttpHeaders.AUTHORIZATION), form);
        String grantType = form.getFirst("grant_type");
        if (grantType == null || grantType.isBlank()) {
            throw TokenRequestRefused.invalidRequest("grant_type is missing.");
        }
        if (!"client_credentials".equals(grantType)) {
            throw TokenRequestRefused.unsupportedGrantType();
        }
        ServiceClients.Registered client =
                clients.authenticate(credentials[0], credentials[1]).orElseThrow(TokenRequestRefused::invalidClient);
        Set<String> scope = scope(form.getFirst("scope"), client.client().grants());

        String token =
                tokens.issueForClient(client.id(), scope, client.client().audiences(), properties.serviceTokenTtl());
        ServiceToken body =
                ServiceToken.bearer(token, properties.serviceTokenTtl().toSeconds(), String.join(" ", scope));
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.PRAGMA, "no-cache")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }

    /** {client id, secret}, from exactly one of HTTP Basic (RFC 6749 §2.3.1) and the form. */
    private static String[] credentials(String authorization, MultiValueMap<String, String> form) {
        boolean inForm = form.containsKey("client_id") || form.containsKey("client_secret");
        if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            if (inForm) {
                throw TokenRequestRefused.invalidRequest("Authenticate the client one way: HTTP Basic or the form.");
            }
            return basic(authorization.substring(BASIC.length()).trim());
        }
        String id = form.getFirst("client_id");
        String secret = form.getFirst("client_secret");
        if (id == null || secret == null) {
            throw TokenRequestRefused.invalidClient();
        }
        return new String[] {id, secret};
    }

    private static String[] basic(String encoded) {
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw TokenRequestRefused.invalidClient();
        }
        int colon = pair.indexOf(':');
        if (colon < 0) {
            throw TokenRequestRefused.invalidClient();
        }
        try {
            // RFC 6749 §2.3.1: id and secret are form-encoded before Basic encodes them (Spring's client does)
            return new String[] {
                URLDecoder.decode(pair.substring(0, colon), StandardCharsets.UTF_8),
                URLDecoder.decode(pair.substring(colon + 1), StandardCharsets.UTF_8)
            };
        } catch (IllegalArgumentException e) {
            throw TokenRequestRefused.invalidClient();
        }
    }

    /** The scope asked for, which must lie within the client's grants; all of them when none is asked. */
    private static Set<String> scope(String requested, Set<String> grants) {
        if (requested == null || requested.isBlank()) {
            return new LinkedHashSet<>(grants.stream().sorted().toList());
        }
        Set<String> asked = new LinkedHashSet<>(Arrays.asList(requested.trim().split(" +")));
        List<String> beyond = asked.stream().filter(s -> !grants.contains(s)).toList();
        if (!beyond.isEmpty()) {
            throw TokenRequestRefused.invalidScope("This client was not granted " + String.join(", ", beyond) + ".");
        }
        return asked;
    }

    /**
     * An RFC 6749 error ({@code error}, {@code error_description}) that is also our problem detail
     * ({@code code}, {@code detail}); plain {@code application/json}, as RFC 6749 §5.2 says.
     */
    @ExceptionHandler(TokenRequestRefused.class)
    ResponseEntity<ProblemDetail> refused(TokenRequestRefused e, HttpServletRequest request) {
        String code = "oauth2." + e.error().replace('_', '-');
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setType(URI.create("https://linli.org/problems/" + code));
        problem.setTitle(e.status().getReasonPhrase());
        problem.setProperty("code", code);
        problem.setProperty("error", e.error());
        problem.setProperty("error_description", e.getMessage());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status())
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.PRAGMA, "no-cache")
                .contentType(MediaType.APPLICATION_JSON);
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if ("invalid_client".equals(e.error())
                && authorization != null
                && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"linli\"");
        }
        return response.body(problem);
    }
}
