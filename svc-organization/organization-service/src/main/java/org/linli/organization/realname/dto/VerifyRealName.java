package org.linli.organization.realname.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.linli.platform.validation.IdNumber;

/** A resident's name and resident ID number, checked (GB 11643 checksum first) and never stored here. */
public record VerifyRealName(@NotBlank @Size(max = 50) String name, @NotBlank @IdNumber String idNumber) {}
