package org.linli.organization.compoundparty.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.linli.organization.compoundparty.CompoundPartyKind;

/**
 * The three parties of one compound (三方协同).
 *
 * @param missing the parties not yet recorded, so staff see the gap at a glance
 */
public record CompoundPartiesView(
        @Schema(example = "4") long compoundId,
        List<CompoundPartyView> parties,
        @Schema(description = "The parties not yet recorded.", example = "[]") List<CompoundPartyKind> missing) {}
