package org.linli.requests.demo;

/**
 * The vocabulary of demo stories: when each step happens, relative to the request's own deadlines, and where
 * "now" falls in the story (so that a request left open is not overdue unless the story says so, and one
 * resolved has not closed itself yet). Windows are drawn into moments by {@link DemoPlan}.
 */
final class DemoScript {

    private DemoScript() {}

    /** What a moment is counted from. */
    enum Base {
        /** A fraction of the time to respond, from the submission. */
        RESPONSE,
        /** A fraction of the time to resolve, from the submission. */
        SPAN,
        /** Hours after the step before. */
        AFTER,
        /** Hours past the resolution deadline. */
        OVERDUE
    }

    /** Where a step may fall: {@code min} to {@code max} of its base. */
    record Window(Base base, double min, double max) {

        Moment draw(double unit) {
            return new Moment(base, min + (max - min) * unit);
        }
    }

    /** Where a step falls. */
    record Moment(Base base, double value) {}

    /** A step of a story and when it may fall. */
    record Step(DemoAction action, Window window) {}

    /** Where "now" falls in a story. */
    enum AnchorKind {
        /** Still open and within its deadline: now is a fraction of the time to resolve. */
        LIVE,
        /** Hours after the story's last step. */
        AFTER_LAST,
        /** Hours past the resolution deadline. */
        OVERDUE,
        /**
         * A duplicate: filed a fraction of the way from the last step of the open request it repeats to now,
         * so that request's timeline stays in order when the duplicate is merged into it.
         */
        AFTER_TARGET
    }

    /**
     * @param daytime the story finished long enough ago that its submission may move to a daytime minute of its
     *     day without changing what it shows
     */
    record Anchor(AnchorKind kind, double min, double max, boolean daytime) {

        double draw(double unit) {
            return min + (max - min) * unit;
        }
    }

    static Step step(DemoAction action, Window window) {
        return new Step(action, window);
    }

    static Window response(double min, double max) {
        return new Window(Base.RESPONSE, min, max);
    }

    static Window span(double min, double max) {
        return new Window(Base.SPAN, min, max);
    }

    static Window hoursAfter(double min, double max) {
        return new Window(Base.AFTER, min, max);
    }

    static Window hoursOverdue(double min, double max) {
        return new Window(Base.OVERDUE, min, max);
    }

    static Anchor live(double min, double max) {
        return new Anchor(AnchorKind.LIVE, min, max, false);
    }

    static Anchor hoursLater(double min, double max) {
        return new Anchor(AnchorKind.AFTER_LAST, min, max, false);
    }

    /** Finished some time in the last ~80 days. */
    static Anchor ended() {
        return new Anchor(AnchorKind.AFTER_LAST, 0.5, 80 * 24, true);
    }

    static Anchor afterTarget(double min, double max) {
        return new Anchor(AnchorKind.AFTER_TARGET, min, max, false);
    }

    static Anchor overdueBy(double minHours, double maxHours) {
        return new Anchor(AnchorKind.OVERDUE, minHours, maxHours, false);
    }
}
