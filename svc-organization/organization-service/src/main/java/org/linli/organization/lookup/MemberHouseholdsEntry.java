package org.linli.organization.lookup;

import java.util.List;
import org.linli.organization.api.lookup.LinkedHousehold;

/** What the cache keeps for one party member: the answer, the member's scope path and person. */
record MemberHouseholdsEntry(String scopePath, long personId, List<LinkedHousehold> households) {}
