package org.linli.organization.transfer;

/** What a household import created. */
public record HouseholdsImported(int households, int buildingsCreated, int unitsCreated) {}
