package org.linli.organization.household.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import org.linli.organization.household.TieRelation;
import org.linli.organization.person.dto.PersonView;

public record HouseholdView(
        @Schema(example = "1") long id,
        @Schema(description = "Its building unit (单元).", example = "22") long unitId,
        @Schema(example = "21") long buildingId,
        @Schema(example = "4") long compoundId,
        @Schema(example = "101") String room,
        @Schema(description = "Exclusive floor area in m².", example = "89.50") BigDecimal floorArea,
        @Schema(description = "The people tied to it, masked; null in lists, which leave them out.")
                List<Resident> residents) {

    @Schema(name = "HouseholdResident")
    public record Resident(PersonView person, @Schema(example = "OWNER") TieRelation relation) {}
}
