package org.linli.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

class BearerTokenConverterTest {

    /** Spring Security's own rule, which the loop replaces. */
    private static final Pattern SPRING_RULE =
            Pattern.compile("^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$", Pattern.CASE_INSENSITIVE);

    private final BearerTokenConverter converter =
            new BearerTokenConverter(new PathRules(List.of("/api/auth/refresh")));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Bearer abc.def-ghi_jkl~mno+pqr/stu==",
                "bearer x",
                "BEARER eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln",
                "Bearer ",
                "Bearer  two-spaces",
                "Bearer a b",
                "Bearer ab=c",
                "Bearer ===",
                "Bearer tab\t",
                "Bearer 令牌",
                "Bearertoken",
                "Bearer",
            })
    void readsTokensByTheSameRuleAsSpringSecurity(String header) {
        var expected = SPRING_RULE.matcher(header);
        String token = BearerTokenConverter.tokenOf(header);
        if (expected.matches()) {
            assertThat(token).isEqualTo(expected.group("token"));
        } else {
            assertThat(token).isNull();
        }
    }

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
