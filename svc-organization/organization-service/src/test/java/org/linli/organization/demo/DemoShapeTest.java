package org.linli.organization.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.linli.platform.pii.ChineseIdNumber;

class DemoShapeTest {

    @Test
    void twelveThousandHouseholdsMakeTheDistrictOfTheBrief() {
        DemoShape shape = DemoShape.of(12_000);

        assertThat(shape.streets()).isEqualTo(2);
        assertThat(shape.communities()).isEqualTo(6);
        assertThat(shape.compounds()).isEqualTo(24);
        int buildings = IntStream.range(0, 24)
                .map(k -> DemoShape.buildingsFor(shape.householdsOfCompound(k)))
                .sum();
        assertThat(buildings).isBetween(290, 330);
        assertThat(IntStream.range(0, 24).filter(k -> !DemoShape.hasBranch(k)).count())
                .as("compounds left without a branch")
                .isEqualTo(2);
    }

    @Test
    void theDemoCompoundsShowTheThreePartiesBothCompleteAndIncomplete() {
        var compounds = IntStream.range(0, 24).boxed().toList();

        assertThat(compounds.stream().filter(k -> !DemoShape.hasOwnersCommittee(k)))
                .as("compounds without an owners' committee")
                .hasSize(4);
        assertThat(compounds.stream().filter(k -> !DemoShape.hasPropertyCompany(k)))
                .as("self-managed compounds")
                .hasSize(2);
        var shares = compounds.stream()
                .filter(DemoShape::hasOwnersCommittee)
                .map(k -> 100 * DemoShape.partyMembersOnOwnersCommittee(k) / DemoCommunityLife.OWNERS_COMMITTEE_SEATS)
                .toList();
        assertThat(shares)
                .as("committees meeting the 30 % target")
                .filteredOn(p -> p >= 30)
                .isNotEmpty();
        assertThat(shares).as("committees missing it").filteredOn(p -> p < 30).isNotEmpty();
    }

    @Test
    void everyHouseholdLandsInExactlyOneCompoundAndEveryCompoundInOneCommunity() {
        DemoShape shape = DemoShape.of(1_000_003);

        assertThat(IntStream.range(0, shape.compounds())
                        .mapToLong(shape::householdsOfCompound)
                        .sum())
                .isEqualTo(1_000_003);
        assertThat(IntStream.range(0, shape.communities())
                        .map(shape::compoundsOf)
                        .sum())
                .isEqualTo(shape.compounds());
        assertThat(IntStream.range(0, shape.streets()).map(shape::communitiesOf).sum())
                .isEqualTo(shape.communities());
    }

    @Test
    void demoPeopleHaveValidDistinctIdNumbersWhoseSexDigitMatches() {
        SplittableRandom random = new SplittableRandom(1);
        var ids = IntStream.range(0, 50_000)
                .mapToObj(n -> DemoPeople.make(n * 37L, random, false).idNumber())
                .toList();

        assertThat(ids).allMatch(ChineseIdNumber::isValid).doesNotHaveDuplicates();
        assertThat(ids).allMatch(id -> id.startsWith("440118"));
    }

    @Test
    void theFirstDemoPersonIsThePublishedResidentAndTakesNobodyElsesIdNumber() {
        DemoPeople.Person known = DemoPeople.make(0, new SplittableRandom(DemoDistrictWriter.SEED), true);

        assertThat(known.name()).isEqualTo(DemoPeople.KNOWN_RESIDENT_NAME);
        assertThat(known.idNumber()).isEqualTo(DemoPeople.KNOWN_RESIDENT_ID_NUMBER);
        assertThat(ChineseIdNumber.isValid(known.idNumber())).isTrue();
        SplittableRandom random = new SplittableRandom(2);
        assertThat(IntStream.range(1, 200_000)
                        .mapToObj(n -> DemoPeople.make(n, random, false).idNumber()))
                .doesNotContain(DemoPeople.KNOWN_RESIDENT_ID_NUMBER);
    }
}
