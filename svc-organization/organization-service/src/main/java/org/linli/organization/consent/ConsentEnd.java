package org.linli.organization.consent;

/** Why a consent stopped being in force. */
public enum ConsentEnd {
    /** the resident took it back: processing stops and collected data is erased (see ConsentService) */
    WITHDRAWN,
    /** the resident consented to a newer policy version */
    SUPERSEDED
}
