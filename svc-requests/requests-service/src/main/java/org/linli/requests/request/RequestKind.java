package org.linli.requests.request;

/** What a resident asks for. */
public enum RequestKind {
    /** 诉求: something wrong that the community must fix, on a deadline, escalated when late. */
    REQUEST,
    /**
     * 微心愿: a small wish ("your wish, my volunteering"): once staff publish it, a party member or volunteer of
     * the compound claims and fulfils it, and the resident confirms. Never escalated.
     */
    MICRO_WISH
}
