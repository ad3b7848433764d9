package org.linli.organization.person;

/** An ID number the registry already knows: whose it is, and whether the name given with it is theirs. */
public record KnownIdNumber(long personId, boolean nameMatches) {}
