package org.linli.platform.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseIdNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "11010519491231002x", "440524198001010013", "110101199003074477"})
    void acceptsNumbersWithTheRightCheckCharacterIncludingX(String id) {
        assertThat(ChineseIdNumber.problem(id)).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "110105194912310021, has a wrong check character (typo?)",
        "11010519491231002, must be 18 characters",
        "1101051949123100X2, must be 17 digits followed by a digit or X",
        "11010519491331002X, has a birth date that does not exist",
        "110105299912310020, has a birth date that cannot be right",
        "11010519491231002Y, must end with a digit or X"
    })
    void explainsWhatIsWrong(String id, String problem) {
        assertThat(ChineseIdNumber.problem(id)).isEqualTo(problem);
    }

    @Test
    void aPlainEighteenDigitPatternIsNotEnough() {
        // 18 digits, valid date, but the checksum says the last digit must be X
        assertThat(ChineseIdNumber.isValid("110105194912310020")).isFalse();
    }

    @Test
    void computesTheCheckCharacterFromTheWeights() {
        assertThat(ChineseIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(ChineseIdNumber.checkCharacter("44052419800101001")).isEqualTo('3');
    }

    @Test
    void normalizesALowerCaseXAndSpaces() {
        assertThat(ChineseIdNumber.normalize(" 110105 19491231002x")).isEqualTo("11010519491231002X");
    }
}
