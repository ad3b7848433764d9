package org.linli.organization;

import java.math.BigDecimal;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.linli.organization.geography.GeographyService;
import org.linli.organization.geography.OrgUnitKind;
import org.linli.organization.geography.dto.CreateOrgUnit;
import org.linli.organization.geography.dto.OrgUnitView;
import org.linli.organization.household.HouseholdService;
import org.linli.organization.household.dto.CreateHousehold;
import org.linli.organization.link.LinkService;
import org.linli.organization.partymember.MemberCategory;
import org.linli.organization.partymember.MemberPosition;
import org.linli.organization.partymember.PartyMemberService;
import org.linli.organization.partymember.dto.EnrollPartyMember;
import org.linli.organization.partymember.dto.PartyMemberView;
import org.linli.organization.partyorg.PartyOrgKind;
import org.linli.organization.partyorg.PartyOrgService;
import org.linli.organization.partyorg.dto.CreatePartyOrg;
import org.linli.organization.partyorg.dto.PartyOrgView;
import org.linli.organization.person.dto.PersonDetails;
import org.linli.platform.core.token.Role;
import org.linli.platform.security.Caller;
import org.linli.testing.IdNumbers;
import org.linli.testing.TestTokens;
import org.springframework.boot.test.context.TestComponent;

/** Builds small registries through the real services, each with unique names so tests never collide. */
@TestComponent
public class RegistryFixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final Caller ROOT = new Caller(1, null, Set.of(Role.SYSTEM_ADMIN), null, "/");

    private final GeographyService geography;
    private final HouseholdService households;
    private final PartyOrgService partyOrgs;
    private final PartyMemberService partyMembers;
    private final LinkService links;

    RegistryFixtures(
            GeographyService geography,
            HouseholdService households,
            PartyOrgService partyOrgs,
            PartyMemberService partyMembers,
            LinkService links) {
        this.geography = geography;
        this.households = households;
        this.partyOrgs = partyOrgs;
        this.partyMembers = partyMembers;
        this.links = links;
    }

    /** 党员联户: {@code memberId} looks after {@code householdId}. */
    public void link(long householdId, long memberId) {
        links.assign(ROOT, householdId, memberId);
    }

    /** A street working committee → community committee → compound branch chain for the tree. */
    public PartyOrgView compoundBranch(Tree tree) {
        PartyOrgView street = partyOrgs.create(
                ROOT,
                new CreatePartyOrg(
                        null,
                        PartyOrgKind.STREET_WORKING_COMMITTEE,
                        "街道党工委",
                        tree.street().id()));
        PartyOrgView community = partyOrgs.create(
                ROOT,
                new CreatePartyOrg(
                        street.id(),
                        PartyOrgKind.COMMUNITY_COMMITTEE,
                        "社区党委",
                        tree.community().id()));
        return partyOrgs.create(
                ROOT,
                new CreatePartyOrg(
                        community.id(),
                        PartyOrgKind.COMPOUND_BRANCH,
                        "小区党支部",
                        tree.compound().id()));
    }

    /** A resident party member of {@code org}, with a fresh valid ID number. */
    public PartyMemberView member(PartyOrgView org, String name) {
        return memberWithIdNumber(org, name, IdNumbers.next());
    }

    /** A resident party member with a known ID number, for tests that meet the same person elsewhere. */
    public PartyMemberView memberWithIdNumber(PartyOrgView org, String name, String idNumber) {
        return partyMembers.enroll(
                ROOT,
                new EnrollPartyMember(
                        new PersonDetails(name, idNumber, "139" + String.format("%08d", SEQ.incrementAndGet())),
                        org.id(),
                        MemberCategory.RESIDENT,
                        MemberPosition.MEMBER,
                        null,
                        null,
                        null,
                        null));
    }

    /** district → street → community → compound + grid → building → unit, plus {@code rooms} households. */
    public Tree tree(int rooms) {
        int n = SEQ.incrementAndGet();
        OrgUnitView district = unit(null, OrgUnitKind.DISTRICT, "区" + n + "-" + System.nanoTime(), null);
        OrgUnitView street = unit(district.id(), OrgUnitKind.STREET, "街道" + n, null);
        OrgUnitView community = unit(street.id(), OrgUnitKind.COMMUNITY, "社区" + n, null);
        OrgUnitView compound = unit(community.id(), OrgUnitKind.COMPOUND, "小区" + n, null);
        OrgUnitView grid = unit(community.id(), OrgUnitKind.GRID, "网格" + n, null);
        OrgUnitView building = unit(compound.id(), OrgUnitKind.BUILDING, n + "栋", grid.id());
        OrgUnitView unit = unit(building.id(), OrgUnitKind.UNIT, "1单元", null);
        long[] householdIds = new long[rooms];
        for (int i = 0; i < rooms; i++) {
            householdIds[i] = households
                    .create(ROOT, new CreateHousehold(unit.id(), (101 + i) + "", new BigDecimal("88.50")))
                    .id();
        }
        return new Tree(district, street, community, compound, grid, building, unit, householdIds);
    }

    public OrgUnitView unit(Long parentId, OrgUnitKind kind, String name, Long gridId) {
        return geography.create(ROOT, new CreateOrgUnit(parentId, kind, name, null, gridId));
    }

    public record Tree(
            OrgUnitView district,
            OrgUnitView street,
            OrgUnitView community,
            OrgUnitView compound,
            OrgUnitView grid,
            OrgUnitView building,
            OrgUnitView unit,
            long[] households) {

        public String communityAdmin() {
            return TestTokens.staff(Role.COMMUNITY_ADMIN, community.id(), community.path());
        }

        public String streetAdmin() {
            return TestTokens.staff(Role.STREET_ADMIN, street.id(), street.path());
        }
    }
}
