package org.linli.requests.request;

import java.util.List;
import org.linli.requests.triage.RequestCategory;
import org.linli.requests.triage.Urgency;

/**
 * A request about to be written, whoever files it.
 *
 * @param kind a request, or a micro-wish
 * @param urgency null for the category's default
 * @param householdId the home it concerns or was filed from; null for a problem staff found in a compound
 * @param place where in the compound, when it is about a common place rather than the home
 * @param submitterAccountId the resident's account; null when staff record it for someone without one
 * @param recordedByAccountId the staff member who recorded it, or null when the resident filed it
 * @param contactName whom staff call back about a request they recorded, if given
 * @param contactPhone their number, if given
 * @param photoIds photos the filer uploaded for it, attached in the same transaction
 * @param scopePath where it lies (the home, or the compound for a common place); null when not known yet
 */
record Filing(
        RequestKind kind,
        RequestCategory category,
        Urgency urgency,
        RequestChannel channel,
        String text,
        Long householdId,
        String place,
        Long submitterAccountId,
        Long submitterPersonId,
        Long recordedByAccountId,
        String contactName,
        String contactPhone,
        boolean anonymous,
        String scopePath,
        List<Long> photoIds) {

    long actorAccountId() {
        return recordedByAccountId != null ? recordedByAccountId : submitterAccountId;
    }
}
