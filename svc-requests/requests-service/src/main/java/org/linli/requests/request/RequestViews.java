package org.linli.requests.request;

import java.util.List;
import org.linli.platform.pii.PiiCipher;
import org.linli.requests.request.dto.RequestView;
import org.linli.requests.request.dto.TimelineStep;
import org.springframework.stereotype.Component;

/** Turns stored requests into what callers read: text decrypted, timeline attached when asked for. */
@Component
class RequestViews {

    private final TimelineEntryMapper timeline;
    private final PiiCipher cipher;

    RequestViews(TimelineEntryMapper timeline, PiiCipher cipher) {
        this.timeline = timeline;
        this.cipher = cipher;
    }

    RequestView withTimeline(ResidentRequest request, boolean withInternalNotes) {
        List<TimelineStep> steps = timeline.selectByRequest(request.getId(), withInternalNotes).stream()
                .map(step -> new TimelineStep(
                        step.getAction(),
                        step.getStatusAfter(),
                        cipher.decrypt(step.getNoteCipher()),
                        step.getOccurredAt()))
                .toList();
        return view(request, steps);
    }

    RequestView withoutTimeline(ResidentRequest request) {
        return view(request, null);
    }

    private RequestView view(ResidentRequest request, List<TimelineStep> steps) {
        return new RequestView(
                request.getId(),
                request.getCategory(),
                request.getStatus(),
                request.getChannel(),
                cipher.decrypt(request.getTextCipher()),
                request.getHouseholdId(),
                Boolean.TRUE.equals(request.getAnonymous()),
                request.getSubmittedAt(),
                steps);
    }
}
