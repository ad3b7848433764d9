package org.linli.organization.consent;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.linli.organization.consent.dto.ConsentView;
import org.linli.organization.consent.dto.GiveConsent;
import org.linli.platform.access.ResidentsOnly;
import org.linli.platform.apidocs.ProblemCode;
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
@Tag(
        name = "个人信息授权 · Consent",
        description = "A resident's consent to the privacy policy (个人信息授权, under PIPL), needed before their phone"
                + " number or real name is collected; withdrawing it erases what was collected under it.")
class ConsentController {

    private final ConsentService consents;

    ConsentController(ConsentService consents) {
        this.consents = consents;
    }

    @GetMapping
    @Operation(
            summary = "See where my consent stands",
            description = "The policy version in force, whether the resident's consent to it is given, and the"
                    + " history of their consents, newest first. After a new policy is published, given is false"
                    + " until they consent again.")
    ConsentView get(Caller caller) {
        return consents.view(caller.accountId());
    }

    @PostMapping
    @Operation(
            summary = "Consent to the privacy policy in force",
            description = "Send the version the resident was shown, which must be the one in force. Giving it again"
                    + " changes nothing; consent to an older version ends.")
    @ProblemCode(
            status = 422,
            code = "consent.outdated-policy",
            when = "policyVersion is not the policy in force (a new one was published): show the resident the"
                    + " current version (GET /api/auth/consent) and send that.")
    ConsentView give(Caller caller, @Valid @RequestBody GiveConsent command) {
        return consents.give(caller.accountId(), command.policyVersion());
    }

    /** Ends every session of the account too: the app logs in again (silently) without the old identity. */
    @DeleteMapping
    @Operation(
            summary = "Withdraw my consent and erase what was collected under it",
            description = "The bound phone number is deleted, the real-name link ends and pending household"
                    + " applications are withdrawn; ties to households the community approved stay. Every session"
                    + " of the account ends, this one included: log in again. Withdrawing when no consent is in"
                    + " force changes nothing.")
    ConsentView withdraw(Caller caller) {
        return consents.withdraw(caller.accountId());
    }
}
