package org.linli.bench.insert;

/** The body svc-requests' SubmitRequest reads, parsed and nothing more: no validation, no enum. */
record BareSubmission(String category, String text, Long householdId, Boolean anonymous) {}
