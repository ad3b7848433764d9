package org.linli.organization.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.linli.platform.error.DomainException;

class UsernamesTest {

    @Nested
    class OneSpellingPerAccount {

        @Test
        void fullWidthFormsAreTheirAsciiLetters() {
            assertThat(Usernames.normalize("ｄｅｍｏ－ｃｏｍｍｕｎｉｔｙ")).isEqualTo("demo-community");
            assertThat(Usernames.normalize("ＤＥＭＯ-Community")).isEqualTo("demo-community");
            assertThat(Usernames.normalize("ｇｒｉｄ．０７＿ａ")).isEqualTo("grid.07_a");
        }

        @Test
        void caseIsFolded() {
            assertThat(Usernames.normalize("Zhang.Wei")).isEqualTo("zhang.wei");
            assertThat(Usernames.normalize("DEMO-STREET")).isEqualTo("demo-street");
        }

        @Test
        void compatibilityCharactersBecomeTheLettersTheyStandFor() {
            assertThat(Usernames.normalize("des\u212A-1")).as("KELVIN SIGN").isEqualTo("desk-1");
            assertThat(Usernames.normalize("de\u017Fk-1")).as("LONG S").isEqualTo("desk-1");
            assertThat(Usernames.normalize("\uD835\uDC1D\uD835\uDC1E\uD835\uDC26\uD835\uDC28-1"))
                    .as("MATHEMATICAL BOLD d e m o")
                    .isEqualTo("demo-1");
            assertThat(Usernames.normalize("\uFB01le-clerk")).as("fi ligature").isEqualTo("file-clerk");
            assertThat(Usernames.normalize("\u24D3emo-1")).as("CIRCLED d").isEqualTo("demo-1");
        }

        @Test
        void sharpSFoldsToSsAsInFullCaseFolding() {
            assertThat(Usernames.normalize("stra\u00DFe")).isEqualTo("strasse");
            assertThat(Usernames.normalize("STRA\u1E9EE")).isEqualTo("strasse");
        }

        @Test
        void surroundingSpacesOfAnyWidthDoNotCount() {
            assertThat(Usernames.normalize("  demo-street\t")).isEqualTo("demo-street");
            assertThat(Usernames.normalize("\u3000demo-street\u3000"))
                    .as("ideographic space")
                    .isEqualTo("demo-street");
            assertThat(Usernames.normalize("\u00A0demo-street\u00A0"))
                    .as("no-break space")
                    .isEqualTo("demo-street");
        }

        @Test
        void normalisingTwiceChangesNothing() {
            for (String typed : List.of(
                    "ＤＥＭＯ-Community", "de\u017Fk-1", "D\u00C9MO-community", "de\u0301mo", "STRA\u1E9EE", " x ")) {
                String once = Usernames.normalize(typed);
                assertThat(Usernames.normalize(once)).as(typed).isEqualTo(once);
            }
        }
    }

    @Nested
    class LookAlikesAreOtherNames {

        @Test
        void accentedLettersStayAccentedSoTheyNameNoAccount() {
            assertThat(Usernames.normalize("d\u00E9mo-community")).isEqualTo("d\u00E9mo-community");
            assertThat(Usernames.normalize("D\u00C9MO-COMMUNITY")).isEqualTo("d\u00E9mo-community");
            assertThat(Usernames.normalize("ｄ\u00E9ｍｏ-x")).isEqualTo("d\u00E9mo-x");
            assertThat(Usernames.normalize("b\u00E4rs-x")).isEqualTo("b\u00E4rs-x");
            for (String lookAlike : List.of("d\u00E9mo-community", "D\u00C9MO-COMMUNITY", "b\u00E4rs-x")) {
                assertThat(Usernames.isAccountName(Usernames.normalize(lookAlike)))
                        .as(lookAlike)
                        .isFalse();
            }
        }

        @Test
        void aComposedAndADecomposedAccentAreOneName() {
            assertThat(Usernames.normalize("de\u0301mo-community"))
                    .isEqualTo(Usernames.normalize("d\u00E9mo-community"));
        }

        @Test
        void aDotlessIIsNotAnI() {
            // full case folding leaves U+0131 alone (only Turkic folding pairs it with I), unlike upper- then
            // lower-casing
            assertThat(Usernames.isAccountName(Usernames.normalize("adm\u0131n")))
                    .isFalse();
            assertThat(Usernames.isAccountName(Usernames.normalize("ADM\u0130N")))
                    .isFalse();
        }
    }

    @Nested
    class TheAlphabet {

        @Test
        void threeToThirtyTwoLettersDigitsDotsUnderscoresAndHyphens() {
            assertThat(Usernames.isAccountName("abc")).isTrue();
            assertThat(Usernames.isAccountName("a.b_c-d9")).isTrue();
            assertThat(Usernames.isAccountName("9th-grid")).isTrue();
            assertThat(Usernames.isAccountName("a".repeat(32))).isTrue();
            assertThat(Usernames.isAccountName("ab")).isFalse();
            assertThat(Usernames.isAccountName("a".repeat(33))).isFalse();
            assertThat(Usernames.isAccountName("a b")).isFalse();
            assertThat(Usernames.isAccountName("abc@x")).isFalse();
            assertThat(Usernames.isAccountName("张伟abc")).isFalse();
        }

        @Test
        void itStartsWithALetterOrDigit() {
            assertThat(Usernames.isAccountName("-abc")).isFalse();
            assertThat(Usernames.isAccountName(".abc")).isFalse();
            assertThat(Usernames.isAccountName("_abc")).isFalse();
        }

        @Test
        void onlyTheNormalFormIsAnAccountName() {
            assertThat(Usernames.isAccountName("Demo")).isFalse();
            assertThat(Usernames.isAccountName(" demo")).isFalse();
            assertThat(Usernames.isAccountName("ｄｅｍｏ")).isFalse();
        }

        @Test
        void theLengthIsCountedAfterNormalising() {
            // the ligature ﬃ stands for three letters: 16 characters typed are 36, and 12 are 32
            assertThat(Usernames.isAccountName(Usernames.normalize("\uFB03".repeat(10) + "abcdef")))
                    .isFalse();
            assertThat(Usernames.isAccountName(Usernames.normalize("\uFB03".repeat(10) + "ab")))
                    .isTrue();
        }
    }

    @Nested
    class NewAccounts {

        @Test
        void aUsernameThatNormalisesIntoTheAlphabetIsTakenInItsNormalForm() {
            assertThat(Usernames.forNewAccount("ＷＡＮＧ.Grid-07 ")).isEqualTo("wang.grid-07");
        }

        @Test
        void aUsernameOutsideTheAlphabetIsRefusedNamingTheField() {
            assertThatThrownBy(() -> Usernames.forNewAccount("d\u00E9mo-community"))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.code()).isEqualTo("staff.invalid-username");
                        assertThat(e.status().value()).isEqualTo(422);
                        assertThat(e.fieldProblems().get(0).field()).isEqualTo("username");
                    });
            assertThatThrownBy(() -> Usernames.forNewAccount("a b")).isInstanceOf(DomainException.class);
            assertThatThrownBy(() -> Usernames.forNewAccount("ab")).isInstanceOf(DomainException.class);
        }
    }
}
