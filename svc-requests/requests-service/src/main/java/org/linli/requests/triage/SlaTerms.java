package org.linli.requests.triage;

/** A request's two time limits: to respond (accept or refuse it) and to resolve it. */
public record SlaTerms(Sla response, Sla resolution) {}
