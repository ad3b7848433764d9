package org.linli.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderRulesTest {

    /** StrictHttpFirewall's defaults, which the loops stand in for. */
    private static final Pattern SPRING_NAME_RULE = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    private static final Pattern SPRING_VALUE_RULE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "X-Trace-Id",
                "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln",
                "text/html; q=0.9, 中文 ✓",
                "Mozilla/5.0\t(Linux; Android 14) MicroMessenger/8.0",
                "a\nb",
                "a\rb",
                "a\u0000b",
                "a\u007fb",
                "a\u0085b",
                "a\u0378b",
                "\uD83D\uDE00",
                "a\uD800b",
            })
    void decideAsSpringSecuritysPatterns(String text) {
        assertThat(HeaderRules.isAllowedName(text))
                .isEqualTo(SPRING_NAME_RULE.matcher(text).matches());
        assertThat(HeaderRules.isAllowedValue(text))
                .isEqualTo(SPRING_VALUE_RULE.matcher(text).matches());
    }
}
