package org.linli.organization.person.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.linli.platform.validation.IdNumber;
import org.linli.platform.validation.MobilePhone;

/** What the registry records of a person, in plaintext, on the way in. */
public record PersonDetails(
        @NotBlank @Size(max = 50) String name, @IdNumber String idNumber, @MobilePhone String phone) {}
