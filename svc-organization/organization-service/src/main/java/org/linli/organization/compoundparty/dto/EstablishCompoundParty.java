package org.linli.organization.compoundparty.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.linli.organization.compoundparty.CompoundPartyKind;

/** @param termStart for committees: the elected term; a property company leaves both dates empty or gives its contract */
public record EstablishCompoundParty(
        @NotNull CompoundPartyKind kind,
        @NotBlank @Size(max = 100) String name,
        LocalDate termStart,
        LocalDate termEnd) {}
