package org.linli.organization.wechat;

import org.springframework.lang.Nullable;

/**
 * Who a login code belongs to. WeChat's session key is deliberately not kept: Linli never decrypts
 * client-side data with it, and a stored or logged key would let anyone forge that data.
 *
 * @param unionId the user's id across the open-platform account's apps, when WeChat gives one
 */
public record WeChatSession(String appId, String openId, @Nullable String unionId) {}
