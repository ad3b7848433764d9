package org.linli.organization.realname.dto;

import java.time.LocalDateTime;
import org.linli.organization.person.dto.PersonView;

/**
 * @param person the verified person, masked; null until verified
 * @param attemptsLeft failed attempts the account may still make in the current window
 */
public record RealNameStatus(boolean realNameVerified, LocalDateTime verifiedAt, PersonView person, int attemptsLeft) {}
