package org.linli.requests.request.dto;

import io.swagger.v3.oas.annotations.media.Schema;

/** Who filed a request, as staff of the place are shown it: ids, and masked contact details of a recorded one. */
public record SubmitterView(
        @Schema(description = "The resident in the registry, when known.", example = "1") Long personId,
        @Schema(description = "Whether staff recorded it for them (a call, a visit, a patrol).", example = "false")
                boolean recordedByStaff,
        @Schema(description = "Of a recorded request: whom to call back, masked.", example = "王*国") String contactName,
        @Schema(description = "Of a recorded request: their number, masked.", example = "138****8000")
                String contactPhone) {}
