package org.linli.organization.compoundparty.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.linli.organization.compoundparty.CompoundPartyRole;
import org.linli.organization.person.dto.PersonDetails;

/** @param person a property contact needs only a name and phone; committee members give their ID number */
public record AddCompoundPartyMember(@NotNull @Valid PersonDetails person, @NotNull CompoundPartyRole role) {}
