package org.linli.organization.api.event;

/**
 * A household's responsible party member changed (党员联户). Published on
 * {@code linli:events:organization} with type {@link #TYPE}, schema {@link #SCHEMA_VERSION} (the
 * platform's event convention: a version is raised only by a change old consumers cannot read).
 *
 * @param previousMemberId the member who looked after it before, or null
 * @param memberId the member who looks after it now, or null when unlinked
 */
public record HouseholdLinkChanged(long householdId, Long previousMemberId, Long memberId) {
    public static final String TYPE = "organization.household-link-changed";
    public static final int SCHEMA_VERSION = 1;
}
