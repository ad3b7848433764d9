package org.linli.organization.householdapplication.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** @param reason told to the applicant, so it must say what to correct */
public record RejectHouseholdApplication(
        @Schema(
                        description = "Shown to the applicant, so say what to correct.",
                        example = "该房屋登记的业主未确认您的租住关系，请提供租赁合同后重新申请")
                @NotBlank
                @Size(max = 500)
                String reason) {}
