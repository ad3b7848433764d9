package org.linli.organization.wxlogin;

import jakarta.validation.Valid;
import org.linli.organization.wxlogin.dto.BindPhone;
import org.linli.organization.wxlogin.dto.BoundPhone;
import org.linli.organization.wxlogin.dto.WxLogin;
import org.linli.organization.wxlogin.dto.WxLoginResult;
import org.linli.platform.access.Audience;
import org.linli.platform.access.PublicEndpoint;
import org.linli.platform.access.ResidentsOnly;
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
class WxLoginController {

    private final WxLoginService logins;
    private final PhoneBindingService phones;

    WxLoginController(WxLoginService logins, PhoneBindingService phones) {
        this.logins = logins;
        this.phones = phones;
    }

    /** Public: the code is the credential. */
    @PostMapping("/login")
    @PublicEndpoint(value = Audience.RESIDENTS, why = "the wx.login() code is the credential.")
    ResponseEntity<WxLoginResult> login(@Valid @RequestBody WxLogin command) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(logins.login(command));
    }

    @PostMapping("/phone")
    @ResidentsOnly
    BoundPhone bindPhone(Caller caller, @Valid @RequestBody BindPhone command) {
        return phones.bind(caller.accountId(), command);
    }
}
