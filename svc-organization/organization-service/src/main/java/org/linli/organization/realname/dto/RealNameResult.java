package org.linli.organization.realname.dto;

import java.util.List;
import org.linli.organization.household.dto.HouseholdView;
import org.linli.organization.person.dto.PersonView;
import org.linli.organization.token.dto.SessionTokens;

/**
 * A successful verification: fresh tokens that name the person, the person (masked) and their homes on
 * the roster (empty for someone the roster did not know: they apply to be tied to a household).
 */
public record RealNameResult(
        String accessToken,
        String refreshToken,
        String tokenType,
        long expiresIn,
        boolean realNameVerified,
        PersonView person,
        List<HouseholdView> households) {

    public static RealNameResult of(SessionTokens tokens, PersonView person, List<HouseholdView> households) {
        return new RealNameResult(
                tokens.accessToken(),
                tokens.refreshToken(),
                tokens.tokenType(),
                tokens.expiresIn(),
                true,
                person,
                households);
    }
}
