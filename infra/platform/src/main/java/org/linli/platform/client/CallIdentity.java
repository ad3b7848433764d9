package org.linli.platform.client;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.lang.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who a call to another service is made as (DESIGN.md §4).
 *
 * <ul>
 *   <li>Inside a request with a verified token: that token, relayed. The remote decides with the same
 *       identity we did, so a resident's call sees what the resident may see, no more. There is no
 *       fallback to the service's own token: a call made for someone never gets more rights than
 *       they have.
 *   <li>Outside any request (a scheduled job, an event consumer): the service's own short-lived
 *       SERVICE token, fetched by client credentials at svc-organization through Spring Security's
 *       {@link OAuth2AuthorizedClientManager}, which keeps it until shortly before it expires.
 *   <li>Inside a request without a verified token (a public endpoint), or with a thread that lost
 *       the request's security context: refused. Nobody is there to act for, and silently using the
 *       service's token there is exactly the widening the rule above forbids.
 * </ul>
 */
public class CallIdentity implements RequestInterceptor {

    /** The principal the service's own token is kept under; one token per service, not per user. */
    static final String SERVICE_PRINCIPAL = "linli-service";

    private final @Nullable OAuth2AuthorizedClientManager tokens;
    private final String registration;

    /**
     * @param tokens fetches SERVICE tokens; null when the service has no client registration (it then
     *     calls only for users)
     */
    public CallIdentity(@Nullable OAuth2AuthorizedClientManager tokens, String registration) {
        this.tokens = tokens;
        this.registration = registration;
    }

    @Override
    public void apply(RequestTemplate template) {
        // whatever a caller put there, the identity is decided here
        template.removeHeader(HttpHeaders.AUTHORIZATION);
        template.header(HttpHeaders.AUTHORIZATION, "Bearer " + token(template));
    }

    private String token(RequestTemplate template) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken verified) {
            return verified.getToken().getTokenValue();
        }
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
            throw new IllegalStateException("A call to " + target(template) + " for "
                    + authentication.getClass().getSimpleName()
                    + ", which is no verified token: there is nothing to relay");
        }
        if (authentication != null || RequestContextHolder.getRequestAttributes() != null) {
            throw new IllegalStateException("A call to " + target(template)
                    + " inside a request without a verified caller: it would have no identity but the"
                    + " service's own, which a request must not borrow (docs/architecture.md, Service calls)");
        }
        return serviceToken(template);
    }

    private String serviceToken(RequestTemplate template) {
        if (tokens == null) {
            throw new IllegalStateException("A background call to " + target(template)
                    + " needs a SERVICE token, and this service has no client registration: set"
                    + " spring.security.oauth2.client.registration." + registration + ".*");
        }
        OAuth2AuthorizedClient client;
        try {
            client = tokens.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(registration)
                    .principal(SERVICE_PRINCIPAL)
                    .build());
        } catch (OAuth2AuthorizationException e) {
            if (e.getCause() instanceof ResourceAccessException || e.getCause() instanceof HttpServerErrorException) {
                // the token endpoint is down or failing: svc-organization is unavailable, for now
                throw new DependencyUnavailable("svc-organization (service tokens)", e);
            }
            // a wrong secret or a grant not registered: a deployment error that waiting will not mend
            throw new IllegalStateException(
                    "svc-organization refused this service's client credentials ("
                            + e.getError().getErrorCode() + "): check spring.security.oauth2.client.registration."
                            + registration + " against linli.identity.service-clients there",
                    e);
        }
        if (client == null) {
            throw new IllegalStateException("No SERVICE token for registration " + registration);
        }
        return client.getAccessToken().getTokenValue();
    }

    private static String target(RequestTemplate template) {
        return template.feignTarget() == null
                ? "another service"
                : template.feignTarget().name();
    }
}
