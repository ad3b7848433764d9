package org.linli.organization.realname.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;
import org.linli.organization.person.dto.PersonView;

/**
 * @param person the verified person, masked; null until verified
 * @param attemptsLeft failed attempts the account may still make in the current window
 */
public record RealNameStatus(
        @Schema(example = "true") boolean realNameVerified,
        @Schema(description = "Absent until verified.", example = "2026-03-02T09:20:00") LocalDateTime verifiedAt,
        @Schema(description = "The verified person, masked; absent until verified.") PersonView person,
        @Schema(description = "Failed checks the account may still make in the current window.", example = "5")
                int attemptsLeft) {}
