package org.linli.requests.demo;

import java.util.List;
import org.linli.requests.request.RequestChannel;
import org.linli.requests.triage.RequestCategory;

/**
 * One demo request as planned, before any time is known: what it is about, how it came in, and its story with
 * every note and rating drawn.
 *
 * @param place where in the compound, for a common place; null when it is about the home
 * @param homeRoll, homePick which home it comes from (see {@link DemoHomes#pick})
 * @param now where "now" falls in its story: a fraction or hours, as the story's anchor says
 * @param minuteOfDay for a finished story, when in the (Beijing) day it was filed: people write by day
 */
record DemoCase(
        int index,
        DemoStory story,
        RequestCategory category,
        RequestChannel channel,
        String text,
        String place,
        boolean anonymous,
        String contactName,
        String contactPhone,
        double homeRoll,
        int homePick,
        double now,
        int minuteOfDay,
        List<PlannedStep> steps) {

    /** A step with its moment and what the actor writes (a note, a reason, a comment) and, to confirm, the rating. */
    record PlannedStep(DemoAction action, DemoScript.Moment when, String note, Integer rating) {}

    boolean recordedByStaff() {
        return channel != RequestChannel.MINI_PROGRAM;
    }

    /** Found on patrol: about a common place of a compound, no household. */
    boolean patrol() {
        return channel == RequestChannel.GRID_PATROL;
    }
}
