package org.linli.organization.link.dto;

import jakarta.validation.constraints.NotNull;

public record AssignMember(@NotNull Long partyMemberId) {}
