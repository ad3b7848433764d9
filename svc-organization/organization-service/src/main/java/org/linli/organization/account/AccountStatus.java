package org.linli.organization.account;

/** A disabled account cannot log in or refresh; its sessions are revoked when it is disabled. */
public enum AccountStatus {
    ACTIVE,
    DISABLED
}
