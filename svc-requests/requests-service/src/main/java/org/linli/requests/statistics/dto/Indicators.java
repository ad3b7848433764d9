package org.linli.requests.statistics.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/**
 * 接诉即办 indicators of a group of requests: the requests <b>received</b> in the period (submitted on one of its
 * Beijing calendar days) whose place lies in the unit's subtree, each counted as it stands now. A period's figures
 * therefore settle as its requests move on: a request received in March and resolved in April counts as resolved
 * in March's figures from April on. Requests MERGED into another are left out everywhere: the request they were
 * merged into already counts.
 *
 * <ul>
 *   <li><b>received</b> (受理量): every such request, whatever its status.
 *   <li><b>responseRate</b> (响应率): responded / (received − withdrawn before any response). A request is
 *       responded to when the community first accepted or refused it ({@code responded_at}); refusing (不予受理)
 *       is an answer too. One the resident withdrew before anyone answered asked nothing of the community any more.
 *   <li><b>onTimeResponseRate</b> (按时响应率): of those responded to, the share responded to by their response
 *       deadline.
 *   <li><b>resolutionRate</b> (办结率): resolved / (received − withdrawn − rejected). Resolved means RESOLVED or
 *       CLOSED now ({@code resolved_at} set: the handler reported it done; a reopening clears it until the next
 *       resolution). Requests still open count as not (yet) resolved.
 *   <li><b>onTimeRate</b> (按时办结率): of those resolved, the share whose latest resolution came by the resolution
 *       deadline (which already holds the time given back while the request waited for its resident): a redo after
 *       the deadline is late.
 *   <li><b>satisfactionRate</b> (满意率): of those rated (1 to 5, by the resident or on a follow-up call), the share
 *       rated 4 or 5; <b>averageRating</b> (平均评分) is their mean. An auto-closed request has no rating.
 *   <li><b>reopenRate</b> (重办率): of those resolved at least once (resolved now, or reopened before), the share
 *       reopened at least once ({@code reopen_count} &gt; 0).
 *   <li><b>averageHandlingHours</b> (平均办理时长): the mean wall-clock time from submission to the latest
 *       resolution, in hours, over those resolved, waiting for the resident included.
 * </ul>
 *
 * A request without a stored deadline (none before deadlines existed) had none to miss and counts as on time.
 * Rates are shares from 0 to 1 rounded to 4 places, the average rating to 2 and hours to 1. An indicator with
 * nothing to count (an empty denominator) is null, never 0: "no request was rated" is not "nobody was satisfied".
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(description = "接诉即办 indicators of the requests received in a period; null where there is nothing to count.")
public record Indicators(
        @Schema(description = "受理量: requests received in the period (merged ones left out).", example = "7")
                long received,
        @Schema(description = "Of those, answered (accepted or refused) by the community.", example = "5")
                long responded,
        @Schema(
                        description = "响应率: responded / (received − withdrawn before any response); null when none.",
                        example = "0.8333")
                BigDecimal responseRate,
        @Schema(description = "按时响应率: of those responded to, the share by their response deadline.", example = "0.8")
                BigDecimal onTimeResponseRate,
        @Schema(description = "Of those received, resolved now (RESOLVED or CLOSED).", example = "3") long resolved,
        @Schema(description = "办结率: resolved / (received − withdrawn − rejected).", example = "0.6")
                BigDecimal resolutionRate,
        @Schema(
                        description = "按时办结率: of those resolved, the share resolved by their resolution deadline.",
                        example = "0.6667")
                BigDecimal onTimeRate,
        @Schema(description = "Of those received, rated by their resident (1 to 5).", example = "2") long rated,
        @Schema(description = "满意率: of those rated, the share rated 4 or 5.", example = "0.5")
                BigDecimal satisfactionRate,
        @Schema(description = "平均评分: the mean rating, 1 to 5.", example = "3.5") BigDecimal averageRating,
        @Schema(description = "Of those received, reopened at least once (not fixed).", example = "1") long reopened,
        @Schema(description = "重办率: of those resolved at least once, the share reopened.", example = "0.3333")
                BigDecimal reopenRate,
        @Schema(description = "平均办理时长: mean hours from submission to the latest resolution.", example = "104.0")
                BigDecimal averageHandlingHours) {}
