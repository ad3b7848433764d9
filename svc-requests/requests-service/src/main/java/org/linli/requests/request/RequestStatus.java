package org.linli.requests.request;

import java.util.List;

/** Where a resident request stands in its closed loop (发现—收集—分流—解决—反馈); see {@link RequestLifecycle}. */
public enum RequestStatus {
    SUBMITTED,
    ACCEPTED,
    ASSIGNED,
    IN_PROGRESS,
    RETURNED,
    ESCALATED,
    RESOLVED,
    REOPENED,
    CLOSED,
    REJECTED,
    MERGED,
    WITHDRAWN;

    /** Done with, for boards and duplicates: final, or resolved and waiting for the resident's word. */
    public static List<RequestStatus> closedOnes() {
        return List.of(CLOSED, REJECTED, MERGED, WITHDRAWN, RESOLVED);
    }

    /** Nothing more happens to it: closed, rejected, merged into another, or withdrawn. */
    public boolean isFinal() {
        return this == CLOSED || this == REJECTED || this == MERGED || this == WITHDRAWN;
    }
}
