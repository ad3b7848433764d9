package org.linli.platform.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void namesKeepTheirFirstAndLastCharacter() {
        assertThat(Masking.name("张晓明")).isEqualTo("张*明");
        assertThat(Masking.name("欧阳晓东")).isEqualTo("欧**东");
        assertThat(Masking.name("李四")).isEqualTo("李*");
        assertThat(Masking.name("王")).isEqualTo("王");
    }

    @Test
    void idNumbersShowOnlyTheAreaStartAndTheLastFour() {
        assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("110***********002X");
    }

    @Test
    void phonesShowTheirPrefixAndLastFour() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
    }

    @Test
    void shortOrMissingValuesRevealNothing() {
        assertThat(Masking.phone("12345")).isEqualTo("*****");
        assertThat(Masking.idNumber(null)).isNull();
        assertThat(Masking.name(null)).isNull();
    }
}
