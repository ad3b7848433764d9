package org.linli.organization.realname;

/** What became of one real-name attempt. PENDING and MISMATCHED count against the limit. */
enum AttemptOutcome {
    /** a provider is being asked */
    PENDING,
    MATCHED,
    MISMATCHED,
    /** the identity is already another resident's */
    CONFLICT,
    /** no provider could be asked, or the link could not be stored: not the resident's fault */
    UNAVAILABLE
}
