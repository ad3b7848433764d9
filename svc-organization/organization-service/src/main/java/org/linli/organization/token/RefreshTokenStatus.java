package org.linli.organization.token;

/** ACTIVE until spent by a refresh (ROTATED) or ended by logout or detected reuse (REVOKED). */
enum RefreshTokenStatus {
    ACTIVE,
    ROTATED,
    REVOKED
}
