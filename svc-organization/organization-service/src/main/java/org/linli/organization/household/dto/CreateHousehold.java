package org.linli.organization.household.dto;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** @param floorArea exclusive floor area in m², as used for owner votes */
public record CreateHousehold(
        @NotNull Long unitId,
        @NotBlank @Size(max = 20) String room,
        @NotNull @DecimalMin(value = "1.00") @DecimalMax("100000.00") BigDecimal floorArea) {}
