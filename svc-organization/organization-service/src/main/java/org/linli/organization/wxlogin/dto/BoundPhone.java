package org.linli.organization.wxlogin.dto;

/** @param phone the bound number, masked (138****5678) */
public record BoundPhone(String phone) {}
