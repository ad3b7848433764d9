package org.linli.requests.request;

/**
 * What a request is about: the categories the field reports name (DOMAIN.md). An enum for now; the SLA
 * table per category × urgency, maintained by admins, will key on these names.
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
