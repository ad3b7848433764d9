package org.linli.organization.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.linli.platform.error.DomainException;

class PasswordPolicyTest {

    @Test
    void tenCharactersThatAreNotTheUsernameAreEnough() {
        assertThatCode(() -> PasswordPolicy.check("abcdefghij", "zhang.wei", "password"))
                .doesNotThrowAnyException();
        // characters, not bytes: ten Chinese characters are ten
        assertThatCode(() -> PasswordPolicy.check("邻里共建共治共享社区", "zhang.wei", "password"))
                .doesNotThrowAnyException();
    }

    @Test
    void shortBlankOverlongOrUsernameBearingPasswordsAreRefusedNamingTheField() {
        assertWeak("abcdefghi", "newPassword", "at least 10");
        assertWeak("          ", "newPassword", "must not be empty");
        assertWeak("x".repeat(129), "newPassword", "at most 128");
        assertWeak("Zhang.Wei-2026", "newPassword", "username");
    }

    private static void assertWeak(String password, String field, String message) {
        assertThatThrownBy(() -> PasswordPolicy.check(password, "zhang.wei", field))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("staff.weak-password");
                    assertThat(e.fieldProblems().get(0).field()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(message);
                    if (!password.isBlank()) {
                        assertThat(e.getMessage()).doesNotContain(password);
                    }
                });
    }
}
