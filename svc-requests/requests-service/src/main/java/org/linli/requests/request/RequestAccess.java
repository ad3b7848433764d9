package org.linli.requests.request;

import java.util.Set;
import org.linli.platform.core.token.Role;
import org.linli.platform.security.Caller;
import org.linli.platform.security.RoleChecks;

/**
 * Who may see and do what with a request. Three kinds of people meet a request besides its resident:
 * <ul>
 *   <li><b>Dispatchers</b>: grid workers and community, street and system administrators, whose org subtree
 *       holds the request's place. They see it and its timeline's internal notes; they triage and dispatch it
 *       while it is at a level their unit answers for (an escalated request has left a community's hands for
 *       the street's).
 *   <li><b>Handlers</b>: whoever it is dispatched to. The household's party member (their own token, by
 *       person), the compound's property staff, or the staff of the unit it was given to. Property staff are
 *       staff of the compound, but see only what is given to the property company: residents' complaints
 *       about the property company itself are not theirs to read.
 *   <li>Administrators see who filed an anonymous request; handlers and grid workers do not.
 * </ul>
 * Everyone else: the request does not exist (404).
 */
public final class RequestAccess {

    /** The staff roles that see every request under their unit: triage and dispatch are theirs. */
    static final Set<Role> DISPATCHERS =
            Set.of(Role.GRID_WORKER, Role.COMMUNITY_ADMIN, Role.STREET_ADMIN, Role.SYSTEM_ADMIN);

    private RequestAccess() {}

    /** Grid workers and community, street and system administrators: every request under their unit is theirs to see. */
    public static boolean isDispatcher(Caller caller) {
        return DISPATCHERS.stream().anyMatch(caller::has);
    }

    static boolean isSubmitter(Caller caller, ResidentRequest request) {
        return request.getSubmitterAccountId() != null
                && request.getSubmitterAccountId() == caller.accountId()
                && !caller.isStaff();
    }

    /** A dispatcher whose subtree holds the request's place: sees it whole. */
    static boolean oversees(Caller caller, ResidentRequest request) {
        return isDispatcher(caller) && caller.sees(request.getScopePath());
    }

    /** A dispatcher whose unit answers for the request at its current level: may triage and dispatch it. */
    static boolean mayDispatch(Caller caller, ResidentRequest request) {
        if (!isDispatcher(caller) || request.getScopePath() == null) {
            return false;
        }
        String answering = answeringPath(request);
        return answering != null && caller.sees(answering);
    }

    /** Whoever it is dispatched to. */
    static boolean handles(Caller caller, ResidentRequest request) {
        HandlerKind kind = request.getHandlerKind();
        if (kind == null) {
            return false;
        }
        return switch (kind) {
            case PARTY_MEMBER -> caller.has(Role.PARTY_MEMBER) && isHandlingPerson(caller, request);
            case VOLUNTEER -> caller.has(Role.VOLUNTEER) && isHandlingPerson(caller, request);
            case PROPERTY -> caller.has(Role.PROPERTY_STAFF) && caller.sees(request.getHandlerPath());
            case ORG_UNIT, VOLUNTEERS -> isDispatcher(caller) && caller.sees(request.getHandlerPath());
        };
    }

    private static boolean isHandlingPerson(Caller caller, ResidentRequest request) {
        return caller.personId() != null && caller.personId().equals(request.getHandlerPersonId());
    }

    /** May work on it: start, ask the resident, send back, resolve. */
    static boolean mayWork(Caller caller, ResidentRequest request) {
        return handles(caller, request) || mayDispatch(caller, request);
    }

    /** Staff of the place or its handler: they see staff matters (internal notes, the handler, the counts). */
    static boolean isStaffSide(Caller caller, ResidentRequest request) {
        return oversees(caller, request) || handles(caller, request);
    }

    static boolean maySee(Caller caller, ResidentRequest request) {
        return isSubmitter(caller, request) || oversees(caller, request) || handles(caller, request);
    }

    /**
     * Whether the caller is shown who filed it and which home: staff of the place and its handler, except that
     * an anonymous request shows it to administrators only ("staff with the right role still see who").
     */
    static boolean seesWho(Caller caller, ResidentRequest request) {
        if (Boolean.TRUE.equals(request.getAnonymous())) {
            return oversees(caller, request) && RoleChecks.ADMINS.stream().anyMatch(caller::has);
        }
        return oversees(caller, request) || handles(caller, request);
    }

    /** The level that answers for it now: its own, or its compound for a common place with no building. */
    static Level answeringLevel(ResidentRequest request) {
        Level level = request.getLevel() == null ? Level.COMMUNITY : request.getLevel();
        return level.unitPath(request.getScopePath()) != null ? level : Level.COMPOUND;
    }

    /** The path of the unit that answers for it now: the request's level applied to its place. */
    static String answeringPath(ResidentRequest request) {
        Level level = request.getLevel() == null ? Level.COMMUNITY : request.getLevel();
        String path = level.unitPath(request.getScopePath());
        // a compound's common area has no building: its compound answers
        return path != null ? path : request.getScopePath();
    }
}
