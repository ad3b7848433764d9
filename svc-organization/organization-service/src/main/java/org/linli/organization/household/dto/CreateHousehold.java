package org.linli.organization.household.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** @param floorArea exclusive floor area in m², as used for owner votes */
public record CreateHousehold(
        @Schema(description = "The building unit (单元, kind UNIT) the household is in.", example = "22") @NotNull
                Long unitId,
        @Schema(description = "The room number, unique in its unit.", example = "1101") @NotBlank @Size(max = 20)
                String room,
        @Schema(description = "Exclusive floor area in m², as used for owner votes.", example = "89.50")
                @NotNull
                @DecimalMin(value = "1.00")
                @DecimalMax("100000.00")
                BigDecimal floorArea) {}
