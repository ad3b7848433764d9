package org.linli.organization.person.dto;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A person's details in clear, as one record holds them; only ever answered after an access-audit
 * entry is written, and never stored by caches or the idempotency store ({@code no-store}).
 */
@Schema(description = "A person's details in clear, as one record holds them.")
public record UnmaskedPerson(
        @Schema(example = "1") long id,
        @Schema(example = "王建国") String name,
        @Schema(example = "440118194501010012") String idNumber,
        @Schema(description = "The phone this record holds; null when it holds none.", example = "13800138000")
                String phone) {}
