package org.linli.organization.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import feign.Feign;
import feign.FeignException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linli.organization.AbstractIT;
import org.linli.organization.RegistryFixtures.Tree;
import org.linli.organization.api.lookup.LinkedHousehold;
import org.linli.organization.api.lookup.PartyMemberLookupApi;
import org.linli.organization.api.lookup.ResponsibleMember;
import org.linli.organization.partymember.dto.PartyMemberView;
import org.springframework.cloud.openfeign.support.SpringMvcContract;
import tools.jackson.databind.json.JsonMapper;

/** Calls the lookups through the organization-api interface with Feign, as other services will. */
class PartyMemberLookupApiContractIT extends AbstractIT {

    private final JsonMapper json = JsonMapper.builder().build();

    private PartyMemberLookupApi client(String token) {
        return Feign.builder()
                .contract(new SpringMvcContract())
                .requestInterceptor(request -> request.header("Authorization", "Bearer " + token))
                .decoder((response, type) -> json.readValue(
                        response.body().asInputStream(), json.getTypeFactory().constructType(type)))
                .target(PartyMemberLookupApi.class, "http://localhost:" + port);
    }

    @Test
    void bothOperationsAnswerThroughTheContract() {
        Tree tree = fixtures.tree(1);
        PartyMemberView member = fixtures.member(fixtures.compoundBranch(tree), "程远");
        long household = tree.households()[0];
        http().post(
                        "/api/org/households/" + household + "/responsible-member",
                        tree.communityAdmin(),
                        Map.of("partyMemberId", member.id()));
        PartyMemberLookupApi api = client(tree.communityAdmin());

        List<ResponsibleMember> members = api.partyMembersOfHousehold(household);
        List<LinkedHousehold> households = api.householdsOfPartyMember(member.id());

        assertThat(members).extracting(ResponsibleMember::memberId).containsExactly(member.id());
        assertThat(members.get(0).name()).isEqualTo("程*");
        assertThat(households).extracting(LinkedHousehold::householdId).containsExactly(household);
    }

    @Test
    void outOfScopeIsA404ForFeignCallersToo() {
        Tree tree = fixtures.tree(1);
        Tree other = fixtures.tree(1);

        assertThatThrownBy(() -> client(other.communityAdmin()).partyMembersOfHousehold(tree.households()[0]))
                .isInstanceOfSatisfying(
                        FeignException.class, e -> assertThat(e.status()).isEqualTo(404));
    }
}
