package org.linli.organization.person.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.linli.platform.validation.IdNumber;
import org.linli.platform.validation.MobilePhone;

/** What the registry records of a person, in plaintext, on the way in. */
public record PersonDetails(
        @Schema(description = "As on the ID card.", example = "李秀英") @NotBlank @Size(max = 50) String name,
        @Schema(
                        description = "18-character resident ID number. Someone already registered under it is"
                                + " taken as that person, and only under the name they are registered with.",
                        example = "440118198003152462")
                @IdNumber
                String idNumber,
        @Schema(description = "Mainland mobile number, kept with this record only.", example = "13912345678")
                @MobilePhone
                String phone) {}
