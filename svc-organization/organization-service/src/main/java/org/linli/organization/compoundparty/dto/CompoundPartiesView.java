package org.linli.organization.compoundparty.dto;

import java.util.List;
import org.linli.organization.compoundparty.CompoundPartyKind;

/**
 * The three parties of one compound (三方协同).
 *
 * @param missing the parties not yet recorded, so staff see the gap at a glance
 */
public record CompoundPartiesView(long compoundId, List<CompoundPartyView> parties, List<CompoundPartyKind> missing) {}
