package org.linli.requests.request;

import org.linli.requests.triage.RequestCategory;
import org.linli.requests.triage.Urgency;

/** What staff narrow their area's list by; null means any. */
record AreaFilter(RequestStatus status, RequestCategory category, Urgency urgency) {}
