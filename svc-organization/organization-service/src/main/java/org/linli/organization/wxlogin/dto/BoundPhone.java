package org.linli.organization.wxlogin.dto;

import io.swagger.v3.oas.annotations.media.Schema;

/** @param phone the bound number, masked (138****5678) */
public record BoundPhone(@Schema(description = "The bound number, masked.", example = "138****8000") String phone) {}
