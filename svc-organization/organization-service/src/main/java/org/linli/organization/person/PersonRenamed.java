package org.linli.organization.person;

/** A person's recorded name was corrected; it shows wherever they appear (and in cached lookups). */
public record PersonRenamed(long personId) {}
