package org.linli.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

class HeaderBearerTokenResolverTest {

    private final HeaderBearerTokenResolver resolver =
            new HeaderBearerTokenResolver(List.of("/api/auth/refresh", "/api/auth/wx/**"));

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

    @Test
    void onAPublicPathTheHeaderIsNotRead() {
        MockHttpServletRequest refresh = withAuthorization("Bearer an.expired.token");
        refresh.setRequestURI("/api/auth/refresh");
        MockHttpServletRequest login = withAuthorization("Bearer a b");
        login.setRequestURI("/api/auth/wx/login");
        MockHttpServletRequest logout = withAuthorization("Bearer an.expired.token");
        logout.setRequestURI("/api/auth/logout");

        assertThat(resolver.resolve(refresh)).isNull();
        assertThat(resolver.resolve(login)).isNull();
        assertThat(resolver.resolve(logout)).isEqualTo("an.expired.token");
    }

    private static MockHttpServletRequest withAuthorization(String value) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Authorization", value);
        return request;
    }
}
