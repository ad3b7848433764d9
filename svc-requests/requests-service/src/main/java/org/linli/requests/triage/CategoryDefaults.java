package org.linli.requests.triage;

/** What a new request of a category starts with: its urgency and where it is dispatched. */
public record CategoryDefaults(Urgency urgency, Route route) {}
