package org.linli.organization.wxlogin.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * @param code from the mini-program's phone-number button ({@code getPhoneNumber}); works once
 * @param appId the mini-program the code came from; the server's first configured one when left out
 */
public record BindPhone(
        @NotBlank @Size(max = 128) @Pattern(regexp = WxLogin.CODE, message = "is not a WeChat code") String code,
        @Size(max = 64) String appId) {}
