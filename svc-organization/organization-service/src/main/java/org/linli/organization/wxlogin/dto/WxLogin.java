package org.linli.organization.wxlogin.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A mini-program login.
 *
 * @param code from {@code wx.login()}; works once
 * @param appId the mini-program; the server's first configured one when left out
 */
public record WxLogin(
        @Schema(description = "From wx.login(); works once.", example = "demo-resident-1:1")
                @NotBlank
                @Size(max = 128)
                @Pattern(regexp = WxLogin.CODE, message = "is not a WeChat code")
                String code,
        @Schema(
                        description = "The mini-program's app id; the server's first one when left out.",
                        example = "wx-linli-demo")
                @Size(max = 64)
                String appId) {

    /** WeChat's codes are URL-safe; anything else cannot be one, and is not sent on. */
    public static final String CODE = "[A-Za-z0-9._:~-]*";
}
