package org.linli.organization.wxlogin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.linli.organization.wxlogin.dto.BindPhone;
import org.linli.organization.wxlogin.dto.BoundPhone;
import org.linli.organization.wxlogin.dto.WxLogin;
import org.linli.organization.wxlogin.dto.WxLoginResult;
import org.linli.platform.access.Audience;
import org.linli.platform.access.PublicEndpoint;
import org.linli.platform.access.ResidentsOnly;
import org.linli.platform.apidocs.ProblemCode;
import org.linli.platform.security.Caller;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The mini-program's way in: log in with a wx.login() code, then bind the phone WeChat vouches for. */
@RestController
@RequestMapping("/api/auth/wx")
@ProblemCode(
        status = 422,
        code = "wechat.unknown-app",
        when = "appId names a mini-program this server does not serve: leave it out, or send one it serves.")
@ProblemCode(
        status = 429,
        code = "wechat.rate-limited",
        when = "WeChat is limiting Linli's calls right now: try again after Retry-After (60) seconds.")
@ProblemCode(
        status = 503,
        code = "wechat.unavailable",
        when = "WeChat cannot be asked (down, slow or busy), or WeChat login is not configured on this server:"
                + " try again after Retry-After seconds.")
class WxLoginController {

    // each tag's description word for word as on its other controllers (StaffLoginController and
    // TokenController; RealNameController), so that the document holds each tag once
    private static final String SIGN_IN = "登录与会话 · Sign-in and sessions";
    private static final String SIGN_IN_TEXT = "Signing in (登录): residents with a WeChat mini-program login code,"
            + " staff with username and password; refreshing and ending sessions; the public keys that verify"
            + " Linli's access tokens.";
    private static final String ACCOUNT = "账号与实名 · Account and real name";
    private static final String ACCOUNT_TEXT = "A resident's account: the phone number WeChat vouches for, and"
            + " real-name verification (实名认证), which links the account to a person in the registry.";

    private final WxLoginService logins;
    private final PhoneBindingService phones;

    WxLoginController(WxLoginService logins, PhoneBindingService phones) {
        this.logins = logins;
        this.phones = phones;
    }

    /** Public: the code is the credential. */
    @PostMapping("/login")
    @PublicEndpoint(value = Audience.RESIDENTS, why = "the wx.login() code is the credential.")
    @Tag(name = SIGN_IN, description = SIGN_IN_TEXT)
    @Operation(
            summary = "Sign in with a wx.login() code",
            description = "A first login creates the resident's account; later logins of the same WeChat user (also"
                    + " through another Linli mini-program, by their WeChat union id) reach the same account. Each"
                    + " call starts a new session. When realNameVerified is false, ask for consent and real-name"
                    + " verification before the resident can act.")
    @ProblemCode(
            status = 401,
            code = "wechat.code-invalid",
            when = "WeChat does not know the code, or it expired: call wx.login() again and send the new code.")
    @ProblemCode(
            status = 401,
            code = "wechat.code-used",
            when = "The code was already used (each works once): call wx.login() again and send the new code.")
    @ProblemCode(
            status = 403,
            code = "wechat.user-blocked",
            when = "WeChat refused this user's login as high risk; retrying does not help.")
    @ProblemCode(status = 403, code = "account.disabled", when = "The resident's account is disabled.")
    @ProblemCode(
            status = 409,
            code = "wechat.login-raced",
            when = "Several logins of the same WeChat user at once kept colliding: log in again with a new code.")
    ResponseEntity<WxLoginResult> login(@Valid @RequestBody WxLogin command) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(logins.login(command));
    }

    @PostMapping("/phone")
    @ResidentsOnly
    @Tag(name = ACCOUNT, description = ACCOUNT_TEXT)
    @Operation(
            summary = "Bind the phone number WeChat vouches for",
            description = "Send the code of the mini-program's phone-number button (getPhoneNumber); the number is"
                    + " stored encrypted and answered masked. Needs consent to the current privacy policy. A retry"
                    + " with the same code answers from the account without asking WeChat again; a new code replaces"
                    + " the number bound before.")
    @ProblemCode(
            status = 403,
            code = "consent.required",
            when = "The resident has not consented to the privacy policy in force: ask for consent"
                    + " (POST /api/auth/consent), then retry.")
    @ProblemCode(
            status = 422,
            code = "wechat.not-logged-in-here",
            when = "The resident never logged in through the mini-program appId names: send the appId they"
                    + " logged in with.")
    @ProblemCode(
            status = 422,
            code = "wechat.phone-code-invalid",
            when = "WeChat does not know the phone code, or it expired: ask the resident to tap the button again.")
    @ProblemCode(
            status = 422,
            code = "wechat.phone-code-used",
            when = "The phone code was already used (by another account, or before the number was erased):"
                    + " ask the resident to tap the button again.")
    @ProblemCode(
            status = 422,
            code = "phone.not-mainland",
            when = "The number WeChat holds is not a mainland China mobile number, which is all Linli binds.")
    @ProblemCode(
            status = 409,
            code = "phone.binding-in-progress",
            when = "The same code is being checked with WeChat by an earlier request: retry in a moment.")
    @ProblemCode(
            status = 409,
            code = "account.changed",
            when = "The account changed at the same moment (another binding, a real-name check): retry.")
    BoundPhone bindPhone(Caller caller, @Valid @RequestBody BindPhone command) {
        return phones.bind(caller.accountId(), command);
    }
}
