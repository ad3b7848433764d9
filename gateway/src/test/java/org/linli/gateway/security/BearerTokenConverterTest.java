package org.linli.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

class BearerTokenConverterTest {

    private final BearerTokenConverter converter =
            new BearerTokenConverter(new PathRules(List.of("/api/auth/refresh")));

    @Test
    void aWellFormedTokenBecomesABearerAuthentication() {
        Authentication authentication = converter
                .convert(exchange("/api/org/households/1", "Bearer abc.def"))
                .block();

        assertThat(authentication).isInstanceOf(BearerTokenAuthenticationToken.class);
        assertThat(((BearerTokenAuthenticationToken) authentication).getToken()).isEqualTo("abc.def");
    }

    @Test
    void aMalformedBearerTokenIsAnErrorNotAnAnonymousRequest() {
        assertThatThrownBy(() -> converter
                        .convert(exchange("/api/org/households/1", "Bearer a b"))
                        .block())
                .isInstanceOf(OAuth2AuthenticationException.class)
                .hasMessageContaining("malformed");
    }

    @Test
    void noTokenOrAnotherSchemeIsAnonymous() {
        assertThat(converter.convert(exchange("/api/org/households/1", null)).block())
                .isNull();
        assertThat(converter
                        .convert(exchange("/api/org/households/1", "Basic dXNlcjpwdw=="))
                        .block())
                .isNull();
    }

    @Test
    void onAPublicPathEvenAMalformedTokenIsNotRead() {
        assertThat(converter
                        .convert(exchange("/api/auth/refresh", "Bearer a b"))
                        .block())
                .isNull();
    }

    private static MockServerWebExchange exchange(String path, String authorization) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get(path);
        if (authorization != null) {
            request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        return MockServerWebExchange.from(request);
    }
}
