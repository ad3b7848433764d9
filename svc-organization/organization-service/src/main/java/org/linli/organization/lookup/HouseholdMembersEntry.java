package org.linli.organization.lookup;

import java.util.List;
import org.linli.organization.api.lookup.ResponsibleMember;

/**
 * What the cache keeps for one household: the answer, plus what is needed to decide who may read it
 * (the household's org path for staff, its residents for residents), so a cache hit needs no query.
 */
record HouseholdMembersEntry(String path, List<Long> residentPersonIds, List<ResponsibleMember> members) {}
