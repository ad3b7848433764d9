package org.linli.platform.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import feign.RequestTemplate;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Which token a call carries; Spring Security's token manager is played by a lambda. */
class CallIdentityTest {

    private final AtomicInteger fetched = new AtomicInteger();
    private final OAuth2AuthorizedClientManager serviceTokens = request -> {
        fetched.incrementAndGet();
        return new OAuth2AuthorizedClient(registration(), request.getPrincipal().getName(), token("service-token"));
    };

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aCallForAUserRelaysTheirVerifiedTokenAndNeverTheServices() {
        Jwt jwt = Jwt.withTokenValue("user-token")
                .header("alg", "RS256")
                .subject("7")
                .build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));

        assertThat(authorizationOf(new CallIdentity(serviceTokens, "linli"))).isEqualTo("Bearer user-token");
        assertThat(fetched).hasValue(0);
    }

    @Test
    void whateverTheCallerSetIsReplaced() {
        RequestTemplate template = new RequestTemplate();
        template.header("Authorization", "Bearer forged");

        new CallIdentity(serviceTokens, "linli").apply(template);

        assertThat(template.headers().get("Authorization")).containsExactly("Bearer service-token");
    }

    @Test
    void aBackgroundCallCarriesTheServiceToken() {
        assertThat(authorizationOf(new CallIdentity(serviceTokens, "linli"))).isEqualTo("Bearer service-token");
        assertThat(fetched).hasValue(1);
    }

    @Test
    void aRequestWithoutAVerifiedCallerDoesNotBorrowTheServiceToken() {
        SecurityContextHolder.getContext()
                .setAuthentication(new AnonymousAuthenticationToken(
                        "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));

        assertThatThrownBy(() -> authorizationOf(new CallIdentity(serviceTokens, "linli")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(fetched).hasValue(0);
    }

    @Test
    void aThreadThatLostTheRequestsSecurityContextDoesNotBorrowItEither() {
        // what Spring Cloud's breaker copies to another thread: the request, not the security context
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));

        assertThatThrownBy(() -> authorizationOf(new CallIdentity(serviceTokens, "linli")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(fetched).hasValue(0);
    }

    @Test
    void aBackgroundCallWithoutARegistrationSaysWhatToConfigure() {
        assertThatThrownBy(() -> authorizationOf(new CallIdentity(null, "linli")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("spring.security.oauth2.client.registration.linli");
    }

    @Test
    void anUnreachableTokenEndpointIsAnUnavailableDependencyAndARefusalIsADeploymentError() {
        OAuth2AuthorizedClientManager down = request -> {
            throw new OAuth2AuthorizationException(
                    new OAuth2Error("invalid_token_response"), new ResourceAccessException("refused"));
        };
        OAuth2AuthorizedClientManager refusing = request -> {
            throw new OAuth2AuthorizationException(new OAuth2Error("invalid_scope"));
        };

        assertThatThrownBy(() -> authorizationOf(new CallIdentity(down, "linli")))
                .isInstanceOf(DependencyUnavailable.class);
        assertThatThrownBy(() -> authorizationOf(new CallIdentity(refusing, "linli")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("invalid_scope");
    }

    private static String authorizationOf(CallIdentity identity) {
        RequestTemplate template = new RequestTemplate();
        identity.apply(template);
        List<String> values = List.copyOf(template.headers().get("Authorization"));
        assertThat(values).hasSize(1);
        return values.get(0);
    }

    private static ClientRegistration registration() {
        return ClientRegistration.withRegistrationId("linli")
                .clientId("requests")
                .clientSecret("secret")
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri("http://org/oauth2/token")
                .build();
    }

    private static OAuth2AccessToken token(String value) {
        return new OAuth2AccessToken(
                OAuth2AccessToken.TokenType.BEARER,
                value,
                Instant.now(),
                Instant.now().plusSeconds(300),
                null);
    }
}
