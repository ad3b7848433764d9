package org.linli.requests.triage;

/** 轻重缓急: how urgent a request is, which picks its row of the SLA table. */
public enum Urgency {
    /** 特急: safety at stake (a gas smell, a live wire); hours, not days. */
    CRITICAL,
    /** 紧急: a utility or a danger that cannot wait for the working week. */
    URGENT,
    /** 一般: the usual case, in working days. */
    NORMAL,
    /** 疑难复杂: several parties or departments; more working days. */
    COMPLEX
}
