package org.linli.platform.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BearerTokensTest {

    /** Spring Security's own rule, which the loop replaces. */
    private static final Pattern SPRING_RULE =
            Pattern.compile("^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$", Pattern.CASE_INSENSITIVE);

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
        String token = BearerTokens.tokenOf(header);
        if (expected.matches()) {
            assertThat(token).isEqualTo(expected.group("token"));
        } else {
            assertThat(token).isNull();
        }
    }
}
