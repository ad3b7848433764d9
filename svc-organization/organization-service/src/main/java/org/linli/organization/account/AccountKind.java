package org.linli.organization.account;

/** Residents reach Linli through WeChat; staff through the console with a username and password. */
public enum AccountKind {
    RESIDENT,
    STAFF
}
