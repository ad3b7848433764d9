package org.linli.organization.transfer;

/** What a resident import did: how many people it tied to how many households. */
public record ResidentsImported(int residents, int households) {}
