package org.linli.organization.compoundparty;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How many of an owners' committee are party members, against the target of at least 30 % (seed 003).
 * Compared in whole numbers (10 × party members ≥ 3 × members) so 3 of 10 meets it exactly.
 *
 * @param percent rounded to one decimal, for display only
 */
public record PartyMemberShare(
        @Schema(example = "5") int members,
        @Schema(example = "2") int partyMembers,
        @Schema(description = "Rounded to one decimal, for display only.", example = "40.0") double percent,
        @Schema(example = "30") int targetPercent,
        @Schema(example = "true") boolean meetsTarget) {

    static final int TARGET_PERCENT = 30;

    public static PartyMemberShare of(int members, int partyMembers) {
        double percent = members == 0 ? 0 : Math.round(partyMembers * 1000.0 / members) / 10.0;
        boolean meets = members > 0 && partyMembers * 100 >= members * TARGET_PERCENT;
        return new PartyMemberShare(members, partyMembers, percent, TARGET_PERCENT, meets);
    }
}
