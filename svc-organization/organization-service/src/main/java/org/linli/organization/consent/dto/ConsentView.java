package org.linli.organization.consent.dto;

import java.time.LocalDateTime;
import java.util.List;
import org.linli.organization.consent.ConsentEnd;

/**
 * Where a resident's consent stands, with its history (newest first).
 *
 * @param currentPolicyVersion the policy now in force, which the resident must consent to
 * @param given whether the resident's consent to that version is in force
 */
public record ConsentView(String currentPolicyVersion, boolean given, List<Entry> history) {

    public record Entry(String policyVersion, LocalDateTime grantedAt, LocalDateTime endedAt, ConsentEnd endReason) {}
}
