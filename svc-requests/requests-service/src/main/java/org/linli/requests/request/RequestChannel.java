package org.linli.requests.request;

/** How a request reached the community (诉求渠道). Residents file from the mini-program; staff record the rest. */
public enum RequestChannel {
    MINI_PROGRAM,
    PHONE,
    WALK_IN,
    /** Found by a grid worker on patrol (主动发现). */
    GRID_PATROL,
    /** Heard on a party member's home visit (党员回家联万户). */
    HOME_VISIT
}
