package org.linli.organization.registration.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** @param reason told to the applicant, so it must say what to correct */
public record RejectRegistration(
        @Schema(
                        description = "Shown to the applicant, so say what to correct.",
                        example = "所在单位党组织信息无法核实，请补充党组织关系介绍信后重新申请")
                @NotBlank
                @Size(max = 500)
                String reason) {}
