package org.linli.organization.demo;

import java.time.Duration;

/**
 * What the demo generator found or made.
 *
 * @param created false when a complete demo district of this size was already there
 */
public record DemoReport(
        boolean created, long households, long people, long partyOrgs, long partyMembers, long links, Duration took) {

    @Override
    public String toString() {
        return (created ? "Demo district 增城区 created" : "Demo district 增城区 already present, nothing done")
                + ": " + households + " households, " + people + " people, " + partyOrgs + " party organisations, "
                + partyMembers + " party members, " + links + " member-household links"
                + (created ? " in " + took.toMillis() / 1000.0 + " s" : "");
    }
}
