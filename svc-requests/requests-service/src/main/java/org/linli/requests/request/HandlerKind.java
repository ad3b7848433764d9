package org.linli.requests.request;

/** Who a request is dispatched to; see {@link RequestAccess} for who that lets act on it. */
public enum HandlerKind {
    /** The household's responsible party member (党员联户): the member's own token. */
    PARTY_MEMBER,
    /** The compound's property company: property staff of that compound. */
    PROPERTY,
    /** An org unit (the community, the street ...): its staff. */
    ORG_UNIT,
    /** The community's volunteers: svc-volunteer turns it into a service task; the community's staff answer for it. */
    VOLUNTEERS,
    /** One volunteer of the compound who claimed a micro-wish: their own token, by person. */
    VOLUNTEER
}
