package org.linli.organization.consent;

import jakarta.validation.Valid;
import org.linli.organization.consent.dto.ConsentView;
import org.linli.organization.consent.dto.GiveConsent;
import org.linli.platform.access.ResidentsOnly;
import org.linli.platform.security.Caller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A resident's consent to the privacy policy: see it, give it, withdraw it. */
@RestController
@RequestMapping("/api/auth/consent")
@ResidentsOnly
class ConsentController {

    private final ConsentService consents;

    ConsentController(ConsentService consents) {
        this.consents = consents;
    }

    @GetMapping
    ConsentView get(Caller caller) {
        return consents.view(caller.accountId());
    }

    @PostMapping
    ConsentView give(Caller caller, @Valid @RequestBody GiveConsent command) {
        return consents.give(caller.accountId(), command.policyVersion());
    }

    /** Ends every session of the account too: the app logs in again (silently) without the old identity. */
    @DeleteMapping
    ConsentView withdraw(Caller caller) {
        return consents.withdraw(caller.accountId());
    }
}
