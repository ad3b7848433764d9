package org.linli.requests.triage;

/** One time limit of the SLA table: an amount of hours or of working days. */
public record Sla(int amount, SlaUnit unit) {

    public static final int MAX_HOURS = 720;
    public static final int MAX_WORKING_DAYS = 60;

    public Sla {
        int max = unit == SlaUnit.HOURS ? MAX_HOURS : MAX_WORKING_DAYS;
        if (amount < 1 || amount > max) {
            throw new IllegalArgumentException(unit + " must be 1 to " + max + ", was " + amount);
        }
    }
}
