package org.linli.organization.demo;

import java.time.Duration;

/**
 * What the demo generator found or made.
 *
 * @param created false when a complete demo district of this size was already there
 */
public record DemoReport(
        boolean created,
        long households,
        long people,
        long partyOrgs,
        long partyMembers,
        long links,
        long partnerUnits,
        long compoundParties,
        long registrations,
        Duration took) {

    @Override
    public String toString() {
        return (created ? "Demo district 增城区 created" : "Demo district 增城区 already present, what was missing added")
                + ": " + households + " households, " + people + " people, " + partyOrgs + " party organisations, "
                + partyMembers + " party members, " + links + " member-household links, " + partnerUnits
                + " partner units, " + compoundParties + " compound parties, " + registrations + " 双报到 registrations"
                + (created ? " in " + took.toMillis() / 1000.0 + " s" : "");
    }
}
