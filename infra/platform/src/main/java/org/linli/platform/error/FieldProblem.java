package org.linli.platform.error;

/** One field of a request that is wrong, and why, in words a person can act on. */
public record FieldProblem(String field, String message) {}
