package org.linli.organization.partymember.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.linli.organization.partymember.MemberPosition;

/**
 * Moves a member to another organisation and/or gives them another position. The whole assignment
 * is replaced: a null {@code partnerUnitId} clears it.
 *
 * @param version the version the editor read; a stale one is refused with 409
 */
public record ChangePartyMember(
        @Schema(description = "The version last read; a stale one is refused with 409.", example = "0") @NotNull
                Integer version,
        @Schema(example = "3") @NotNull Long partyOrgId,
        @Schema(example = "SECRETARY") @NotNull MemberPosition position,
        @Schema(description = "For a part-time committee member sent by a partner unit; null clears it.")
                Long partnerUnitId) {}
