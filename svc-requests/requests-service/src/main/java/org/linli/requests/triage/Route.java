package org.linli.requests.triage;

/**
 * Where a category is dispatched by default (小事不出楼栋、大事不出小区): small matters to the household's
 * responsible party member (党员联户), property matters to the compound's property company, the rest to the
 * community; some to the volunteers (svc-volunteer turns it into a service task).
 */
public enum Route {
    PARTY_MEMBER,
    PROPERTY,
    COMMUNITY,
    VOLUNTEERS
}
