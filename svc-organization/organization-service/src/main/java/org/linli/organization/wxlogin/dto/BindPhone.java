package org.linli.organization.wxlogin.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * @param code from the mini-program's phone-number button ({@code getPhoneNumber}); works once
 * @param appId the mini-program the code came from; the server's first configured one when left out
 */
public record BindPhone(
        @Schema(
                        description = "From the mini-program's phone-number button (getPhoneNumber); works once.",
                        example = "phone-13800138000")
                @NotBlank
                @Size(max = 128)
                @Pattern(regexp = WxLogin.CODE, message = "is not a WeChat code")
                String code,
        @Schema(
                        description = "The mini-program the resident logged in through; the server's first one when"
                                + " left out.",
                        example = "wx-linli-demo")
                @Size(max = 64)
                String appId) {}
