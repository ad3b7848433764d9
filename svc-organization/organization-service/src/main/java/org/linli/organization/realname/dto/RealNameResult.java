package org.linli.organization.realname.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.linli.organization.household.dto.HouseholdView;
import org.linli.organization.person.dto.PersonView;
import org.linli.organization.token.dto.SessionTokens;

/**
 * A successful verification: fresh tokens that name the person, the person (masked) and their homes on
 * the roster (empty for someone the roster did not know: they apply to be tied to a household).
 */
public record RealNameResult(
        @Schema(
                        description = "A new access token that names the person; use it from now on.",
                        example = SessionTokens.ACCESS_TOKEN_EXAMPLE)
                String accessToken,
        @Schema(
                        description = "The new session's refresh token; works once, at POST /api/auth/refresh.",
                        example = SessionTokens.REFRESH_TOKEN_EXAMPLE)
                String refreshToken,
        @Schema(example = "Bearer") String tokenType,
        @Schema(description = "The access token's lifetime in seconds.", example = "600") long expiresIn,
        @Schema(description = "Always true here.", example = "true") boolean realNameVerified,
        @Schema(description = "The verified person, masked.") PersonView person,
        @Schema(
                        description = "The person's homes on the roster; empty for someone the roster did not know,"
                                + " who applies to join a household.")
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
