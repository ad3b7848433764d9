package org.linli.platform.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderRulesTest {

    /** The patterns of Spring Security's StrictServerWebExchangeFirewall, which the loops replace. */
    private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    private static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "Authorization",
                "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln",
                "application/json; charset=utf-8",
                "王建国",
                "emoji 😀 pair",
                "tab\there",
                "new\nline",
                "carriage\rreturn",
                "nul\u0000",
                "del\u007f",
                "c1 control\u0085",
                "unassigned \u0378",
                "lone surrogate \ud800",
            })
    void agreeWithSpringSecurity(String text) {
        assertThat(HeaderRules.isAllowedName(text))
                .isEqualTo(NAMES.matcher(text).matches());
        assertThat(HeaderRules.isAllowedValue(text))
                .isEqualTo(VALUES.matcher(text).matches());
    }

    @Test
    void aHeaderThatIsNotThereIsNoViolation() {
        assertThat(HeaderRules.isAllowedName(null)).isTrue();
        assertThat(HeaderRules.isAllowedValue(null)).isTrue();
    }
}
