package org.linli.organization.compoundparty.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.linli.organization.compoundparty.CompoundPartyKind;

/** @param termStart for committees: the elected term; a property company leaves both dates empty or gives its contract */
public record EstablishCompoundParty(
        @Schema(example = "OWNERS_COMMITTEE") @NotNull CompoundPartyKind kind,
        @Schema(example = "御景花园第一届业主委员会") @NotBlank @Size(max = 100) String name,
        @Schema(
                        description = "For committees: the elected term. A property company leaves both dates empty or"
                                + " gives its contract.",
                        example = "2025-07-01")
                LocalDate termStart,
        @Schema(description = "After termStart.", example = "2030-06-30") LocalDate termEnd) {}
