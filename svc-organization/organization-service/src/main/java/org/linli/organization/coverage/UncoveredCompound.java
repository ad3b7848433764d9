package org.linli.organization.coverage;

/** A compound without a branch of its own or of its grid. */
public record UncoveredCompound(Long id, String name) {}
