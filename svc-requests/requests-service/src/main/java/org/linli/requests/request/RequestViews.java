package org.linli.requests.request;

import java.time.Clock;
import java.util.List;
import org.linli.platform.pii.Masking;
import org.linli.platform.pii.PiiCipher;
import org.linli.platform.security.Caller;
import org.linli.requests.deadline.Deadlines;
import org.linli.requests.photo.PhotoAttachments;
import org.linli.requests.photo.dto.PhotoView;
import org.linli.requests.request.dto.FiledRequest;
import org.linli.requests.request.dto.RatingView;
import org.linli.requests.request.dto.RequestView;
import org.linli.requests.request.dto.SubmitterView;
import org.linli.requests.request.dto.TimelineStep;
import org.springframework.stereotype.Component;

/**
 * Turns stored requests into what a caller may read ({@link RequestAccess}): text decrypted; who filed it only
 * for those who may know; internal notes and the handler's identity for staff only.
 */
@Component
class RequestViews {

    private final TimelineEntryMapper timeline;
    private final PhotoAttachments photos;
    private final PiiCipher cipher;
    private final Clock clock;

    RequestViews(TimelineEntryMapper timeline, PhotoAttachments photos, PiiCipher cipher, Clock clock) {
        this.timeline = timeline;
        this.photos = photos;
        this.cipher = cipher;
        this.clock = clock;
    }

    RequestView withTimeline(Caller caller, ResidentRequest request) {
        boolean staffSide = RequestAccess.isStaffSide(caller, request);
        List<TimelineStep> steps = timeline.selectByRequest(request.getId(), staffSide).stream()
                .map(step -> new TimelineStep(
                        step.getAction(),
                        step.getStatusAfter(),
                        cipher.decrypt(step.getNoteCipher()),
                        actor(request, step.getActorAccountId()),
                        Boolean.TRUE.equals(step.getInternal()),
                        Deadlines.inBeijing(step.getOccurredAt())))
                .toList();
        return view(caller, request, steps, photos.photosOf(request.getId()));
    }

    RequestView withoutTimeline(Caller caller, ResidentRequest request) {
        return view(caller, request, null, null);
    }

    FiledRequest filed(ResidentRequest request) {
        return new FiledRequest(
                request.getId(),
                request.getCategory(),
                request.getUrgency(),
                request.getStatus(),
                Deadlines.inBeijing(request.getSubmittedAt()),
                Deadlines.inBeijing(request.getResponseDueAt()),
                Deadlines.inBeijing(request.getResolutionDueAt()));
    }

    /**
     * Three audiences: its resident (all of it but staff matters), staff of the place and its handler (all of it,
     * who filed it as {@link RequestAccess#seesWho} allows), and neighbours who follow it (what it is about and
     * where it stands: no home, no person, no rating, no staff matters).
     */
    private RequestView view(
            Caller caller, ResidentRequest request, List<TimelineStep> steps, List<PhotoView> photoViews) {
        boolean own = RequestAccess.isSubmitter(caller, request);
        boolean staffSide = RequestAccess.isStaffSide(caller, request);
        boolean who = own || RequestAccess.seesWho(caller, request);
        return new RequestView(
                request.getId(),
                request.getCategory(),
                request.getUrgency(),
                request.getStatus(),
                request.getChannel(),
                cipher.decrypt(request.getTextCipher()),
                request.getPlace(),
                who ? request.getHouseholdId() : null,
                Boolean.TRUE.equals(request.getAnonymous()),
                Deadlines.inBeijing(request.getSubmittedAt()),
                Deadlines.inBeijing(request.getResponseDueAt()),
                Deadlines.inBeijing(request.getResolutionDueAt()),
                Boolean.TRUE.equals(request.getDeadlineProvisional()) ? Boolean.TRUE : null,
                isOverdue(request),
                Deadlines.inBeijing(request.getWaitingSince()),
                request.getLevel(),
                request.getHandlerKind(),
                staffSide ? request.getHandlerRef() : null,
                staffSide ? request.getReopenCount() : null,
                own || staffSide ? rating(request) : null,
                who && staffSide ? submitter(request) : null,
                request.getSupporterCount() == null ? 0 : request.getSupporterCount(),
                request.getKind(),
                request.getMergedIntoId(),
                photoViews,
                steps);
    }

    private boolean isOverdue(ResidentRequest request) {
        return !request.getStatus().isFinal()
                && request.getStatus() != RequestStatus.RESOLVED
                && request.getResolutionDueAt() != null
                && request.getWaitingSince() == null
                && clock.instant().isAfter(request.getResolutionDueAt());
    }

    private RatingView rating(ResidentRequest request) {
        if (request.getRating() == null) {
            return null;
        }
        return new RatingView(request.getRating(), cipher.decrypt(request.getRatingCommentCipher()));
    }

    private SubmitterView submitter(ResidentRequest request) {
        return new SubmitterView(
                request.getSubmitterPersonId(),
                request.getRecordedByAccountId() != null,
                Masking.name(cipher.decrypt(request.getContactNameCipher())),
                Masking.phone(cipher.decrypt(request.getContactPhoneCipher())));
    }

    private static TimelineStep.Actor actor(ResidentRequest request, long actorAccountId) {
        if (actorAccountId == RequestSteps.SYSTEM) {
            return TimelineStep.Actor.SYSTEM;
        }
        if (request.getSubmitterAccountId() != null && request.getSubmitterAccountId() == actorAccountId) {
            return TimelineStep.Actor.RESIDENT;
        }
        return TimelineStep.Actor.COMMUNITY;
    }
}
