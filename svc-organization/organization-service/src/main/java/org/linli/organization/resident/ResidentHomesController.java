package org.linli.organization.resident;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.linli.organization.account.Account;
import org.linli.organization.account.AccountService;
import org.linli.organization.household.HouseholdService;
import org.linli.organization.household.dto.HouseholdView;
import org.linli.platform.access.ResidentsOnly;
import org.linli.platform.apidocs.ProblemCode;
import org.linli.platform.error.DomainException;
import org.linli.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A verified resident's own homes. The person is read from the account, not the token, so a resident
 * who withdrew consent sees nothing here at once, although older tokens still name the person.
 * (Single households: {@code GET /api/org/households/{id}}, which lets a tied resident in and answers
 * 404 to anyone else.)
 */
@RestController
@Tag(
        name = "我的家 · My homes",
        description = "A real-name verified resident's own homes (我的家), each with the people tied to it, masked.")
class ResidentHomesController {

    private final AccountService accounts;
    private final HouseholdService households;

    ResidentHomesController(AccountService accounts, HouseholdService households) {
        this.accounts = accounts;
        this.households = households;
    }

    @GetMapping("/api/org/me/households")
    @ResidentsOnly
    @Operation(
            summary = "List my homes",
            description = "The households the resident is tied to, each with its residents (masked). Empty for a"
                    + " verified resident tied to no household yet. One home: GET /api/org/households/{id}.")
    @ProblemCode(
            status = 403,
            code = "real-name.required",
            when = "The resident is not real-name verified (or withdrew consent): verify first"
                    + " (POST /api/auth/real-name).")
    List<HouseholdView> myHouseholds(Caller caller) {
        Account account = accounts.require(caller.accountId());
        if (account.getPersonId() == null) {
            throw new DomainException(
                    HttpStatus.FORBIDDEN, "real-name.required", "Verify your real name to see your households.");
        }
        return households.homesOf(account.getPersonId());
    }
}
