package org.linli.requests.triage.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import org.linli.requests.triage.RequestCategory;
import org.linli.requests.triage.Route;
import org.linli.requests.triage.Urgency;

/** A category's defaults as the console shows them. */
public record CategoryRuleView(
        @Schema(example = "EBIKE_CHARGING") RequestCategory category,
        @Schema(description = "The urgency a new request of this category starts with.", example = "URGENT")
                Urgency defaultUrgency,
        @Schema(description = "Where it is dispatched when staff name no handler.", example = "PROPERTY")
                Route route) {}
