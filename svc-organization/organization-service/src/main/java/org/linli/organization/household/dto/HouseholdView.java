package org.linli.organization.household.dto;

import java.math.BigDecimal;
import java.util.List;
import org.linli.organization.household.TieRelation;
import org.linli.organization.person.dto.PersonView;

public record HouseholdView(
        long id,
        long unitId,
        long buildingId,
        long compoundId,
        String room,
        BigDecimal floorArea,
        List<Resident> residents) {

    public record Resident(PersonView person, TieRelation relation) {}
}
