package org.linli.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

class HeaderBearerTokenResolverTest {

    private final HeaderBearerTokenResolver resolver = new HeaderBearerTokenResolver();

    @Test
    void readsTheTokenAfterTheSchemeInAnyCase() {
        assertThat(resolver.resolve(withAuthorization("Bearer abc.DEF-_~+/9==")))
                .isEqualTo("abc.DEF-_~+/9==");
        assertThat(resolver.resolve(withAuthorization("bearer abc"))).isEqualTo("abc");
    }

    @Test
    void noBearerHeaderMeansNoToken() {
        assertThat(resolver.resolve(new MockHttpServletRequest())).isNull();
        assertThat(resolver.resolve(withAuthorization("Basic dXNlcjpwdw=="))).isNull();
    }

    @Test
    void aMalformedTokenIsRefused() {
        for (String header : new String[] {"Bearer ", "Bearer a b", "Bearer a=b", "Bearer =", "Bearer ab\"c"}) {
            assertThatThrownBy(() -> resolver.resolve(withAuthorization(header)))
                    .as(header)
                    .isInstanceOf(InvalidBearerTokenException.class);
        }
    }

    private static MockHttpServletRequest withAuthorization(String value) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Authorization", value);
        return request;
    }
}
