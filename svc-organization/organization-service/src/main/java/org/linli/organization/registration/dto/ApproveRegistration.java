package org.linli.organization.registration.dto;

import jakarta.validation.constraints.NotNull;

/** @param partyOrgId the organisation of the community the member joins (e.g. their compound's branch) */
public record ApproveRegistration(@NotNull Long partyOrgId) {}
