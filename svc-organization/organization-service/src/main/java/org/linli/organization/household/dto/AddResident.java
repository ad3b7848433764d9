package org.linli.organization.household.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.linli.organization.household.TieRelation;
import org.linli.organization.person.dto.PersonDetails;

public record AddResident(@NotNull @Valid PersonDetails person, @NotNull TieRelation relation) {}
