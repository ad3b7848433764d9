package org.linli.organization.compoundparty;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartyMemberShareTest {

    @Test
    void threeOfTenMeetsTheThirtyPercentTargetExactly() {
        PartyMemberShare share = PartyMemberShare.of(10, 3);
        assertThat(share.meetsTarget()).isTrue();
        assertThat(share.percent()).isEqualTo(30.0);
    }

    @Test
    void twoOfSevenFallsShortAtTwentyEightPointSixPercent() {
        PartyMemberShare share = PartyMemberShare.of(7, 2);
        assertThat(share.meetsTarget()).isFalse();
        assertThat(share.percent()).isEqualTo(28.6);
    }

    @Test
    void anEmptyCommitteeDoesNotMeetTheTarget() {
        PartyMemberShare share = PartyMemberShare.of(0, 0);
        assertThat(share.meetsTarget()).isFalse();
        assertThat(share.percent()).isZero();
    }

    @Test
    void theTargetIsThirtyPercent() {
        assertThat(PartyMemberShare.of(5, 1).targetPercent()).isEqualTo(30);
    }
}
