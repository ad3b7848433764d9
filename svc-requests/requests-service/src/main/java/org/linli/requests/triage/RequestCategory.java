package org.linli.requests.triage;

/**
 * What a request is about: the categories the field reports name (DOMAIN.md). Each has a rule (its default
 * urgency and where it is dispatched) and a row of the SLA table per urgency, which administrators maintain.
 */
public enum RequestCategory {
    PARKING,
    ENVIRONMENT,
    PROPERTY_SERVICE,
    PUBLIC_FACILITIES,
    GARBAGE_SORTING,
    NOISE,
    EBIKE_CHARGING,
    STREET_VENDORS_AND_ILLEGAL_STRUCTURES,
    NEIGHBOUR_DISPUTE,
    RENTAL_MANAGEMENT,
    SAFETY,
    EPIDEMIC_PREVENTION,
    OTHER
}
