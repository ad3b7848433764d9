package org.linli.requests.statistics.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** 高发问题: a compound's most frequent categories of request. */
public record CompoundTopCategories(
        @Schema(description = "The compound's path (the first four units of a place's path).", example = "/1/2/3/40/")
                String compoundPath,
        @Schema(description = "The compound's unit id.", example = "40") long compoundId,
        @Schema(description = "Requests received from the compound, in every category.", example = "7") long received,
        @Schema(description = "Its categories, most received first (ties in the categories' order), at most limit.")
                List<CategoryCount> categories) {}
