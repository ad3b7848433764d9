package org.linli.organization.partymember.dto;

import jakarta.validation.constraints.NotNull;
import org.linli.organization.partymember.MemberPosition;

/**
 * Moves a member to another organisation and/or gives them another position. The whole assignment
 * is replaced: a null {@code partnerUnitId} clears it.
 *
 * @param version the version the editor read; a stale one is refused with 409
 */
public record ChangePartyMember(
        @NotNull Integer version, @NotNull Long partyOrgId, @NotNull MemberPosition position, Long partnerUnitId) {}
