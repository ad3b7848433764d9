package org.linli.requests.statistics.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import org.linli.requests.request.RequestChannel;

/** The indicators of the requests that came in through one channel (诉求渠道). */
public record ChannelIndicators(
        @Schema(example = "MINI_PROGRAM") RequestChannel channel,
        @Schema(description = "Its indicators.") Indicators indicators) {}
