package org.linli.organization.compoundparty.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.linli.organization.compoundparty.CompoundPartyRole;
import org.linli.organization.person.dto.PersonDetails;

/** @param person a property contact needs only a name and phone; committee members give their ID number */
public record AddCompoundPartyMember(
        @Schema(description = "A property contact needs only a name and phone; committee members give their ID number.")
                @NotNull
                @Valid
                PersonDetails person,
        @Schema(example = "MEMBER") @NotNull CompoundPartyRole role) {}
