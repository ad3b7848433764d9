package org.linli.platform.access;

/**
 * Who an operation is written for, as the two front ends meet the API: the residents' WeChat
 * mini-program and the staff web console. Each is one group of the published API documents.
 */
public enum Audience {
    RESIDENTS("resident"),
    STAFF("staff");

    private final String group;

    Audience(String group) {
        this.group = group;
    }

    /** The API document group: {@code /v3/api-docs/resident}, {@code /v3/api-docs/staff}. */
    public String group() {
        return group;
    }
}
