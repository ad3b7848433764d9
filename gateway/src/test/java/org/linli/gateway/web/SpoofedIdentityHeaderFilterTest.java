package org.linli.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpoofedIdentityHeaderFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"X-USER-ID", "x-user-roles", "X-Linli-Org-Path", "X-Forwarded-User", "Remote-User"})
    void identityHeadersAreRecognisedWhateverTheirCase(String name) {
        assertThat(SpoofedIdentityHeaderFilter.isIdentityHeader(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Authorization", "X-Request-Id", "X-Username-Hint", "X-Forwarded-For", "traceparent"})
    void ordinaryHeadersPass(String name) {
        assertThat(SpoofedIdentityHeaderFilter.isIdentityHeader(name)).isFalse();
    }
}
