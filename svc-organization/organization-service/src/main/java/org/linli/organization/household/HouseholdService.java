package org.linli.organization.household;

import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.linli.organization.accessaudit.AccessAudit;
import org.linli.organization.api.lookup.HouseholdPlace;
import org.linli.organization.api.lookup.PartyMemberLookupApi;
import org.linli.organization.geography.GeographyService;
import org.linli.organization.geography.OrgUnit;
import org.linli.organization.geography.OrgUnitKind;
import org.linli.organization.household.dto.AddResident;
import org.linli.organization.household.dto.CreateHousehold;
import org.linli.organization.household.dto.HouseholdView;
import org.linli.organization.person.PersonService;
import org.linli.organization.person.dto.PersonView;
import org.linli.organization.person.dto.UnmaskedPerson;
import org.linli.platform.error.DomainException;
import org.linli.platform.mybatis.PageResult;
import org.linli.platform.scope.DataScope;
import org.linli.platform.security.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Households (户) and the people tied to them. */
@Service
public class HouseholdService {

    private final HouseholdMapper households;
    private final HouseholdTieMapper ties;
    private final GeographyService geography;
    private final PersonService people;
    private final ApplicationEventPublisher events;
    private final AccessAudit audit;

    HouseholdService(
            HouseholdMapper households,
            HouseholdTieMapper ties,
            GeographyService geography,
            PersonService people,
            ApplicationEventPublisher events,
            AccessAudit audit) {
        this.audit = audit;
        this.households = households;
        this.ties = ties;
        this.geography = geography;
        this.people = people;
        this.events = events;
    }

    @Transactional
    public HouseholdView create(Caller caller, CreateHousehold command) {
        OrgUnit unit = geography.visible(caller, command.unitId(), OrgUnitKind.UNIT, "unitId");
        return view(insert(unit, command.room().trim(), command.floorArea()));
    }

    /** Inserts a household under a unit already checked by the caller. */
    @Transactional
    public Household insert(OrgUnit unit, String room, BigDecimal floorArea) {
        OrgUnit building = geography.require(unit.getParentId());
        Household household = new Household();
        household.setUnitId(unit.getId());
        household.setBuildingId(building.getId());
        household.setCompoundId(building.getParentId());
        household.setPath(unit.getPath());
        household.setRoom(room);
        household.setFloorArea(floorArea);
        try {
            households.insert(household);
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict(
                    "household.duplicate-room", "Room " + room + " already exists in unit " + unit.getName() + ".");
        }
        return household;
    }

    public HouseholdView get(Caller caller, long id) {
        return view(visible(caller, id));
    }

    public PageResult<HouseholdView> listUnder(Caller caller, long orgUnitId, long page, long size) {
        OrgUnit unit = geography.visible(caller, orgUnitId);
        Page<Household> found = households.selectPageUnder(unit.getPath(), Page.of(page, size));
        return PageResult.of(
                found,
                h -> new HouseholdView(
                        h.getId(),
                        h.getUnitId(),
                        h.getBuildingId(),
                        h.getCompoundId(),
                        h.getRoom(),
                        h.getFloorArea(),
                        null));
    }

    /**
     * Ties the person named to the household. Someone already registered is tied only under their
     * recorded name (409 {@code person.name-mismatch} otherwise), and the phone given stays with this
     * tie. Adding someone already tied corrects the tie: the new relation, and the phone if one is given.
     */
    @Transactional
    public HouseholdView addResident(Caller caller, long householdId, AddResident command) {
        Household household = visible(caller, householdId);
        long personId = people.identify(command.person());
        tie(household.getId(), personId, command.relation(), people.encryptedPhone(command.person()));
        return view(household);
    }

    /**
     * Ties a person to a household; an existing tie keeps its row and takes the new relation, and the
     * new phone when one is given.
     *
     * @param phoneCipher the phone the household's community recorded for the person, encrypted
     */
    @Transactional
    public void tie(long householdId, long personId, TieRelation relation, @Nullable String phoneCipher) {
        HouseholdTie tie = new HouseholdTie();
        tie.setHouseholdId(householdId);
        tie.setPersonId(personId);
        tie.setRelation(relation);
        tie.setPhoneCipher(phoneCipher);
        try {
            ties.insert(tie);
        } catch (DuplicateKeyException alreadyTied) {
            ties.selectByHousehold(householdId).stream()
                    .filter(t -> t.getPersonId() == personId)
                    .findFirst()
                    .ifPresent(existing -> {
                        existing.setRelation(relation);
                        if (phoneCipher != null) {
                            existing.setPhoneCipher(phoneCipher);
                        }
                        ties.updateById(existing);
                    });
        }
        events.publishEvent(new HouseholdChanged(householdId));
    }

    @Transactional
    public void removeResident(Caller caller, long householdId, long personId) {
        Household household = visible(caller, householdId);
        if (ties.deleteTie(household.getId(), personId) == 0) {
            throw DomainException.notFound("resident", personId);
        }
        events.publishEvent(new HouseholdChanged(householdId));
    }

    /**
     * One resident's details in clear, for an administrator of the household's area who says why;
     * recorded in the access audit before they are returned.
     */
    public UnmaskedPerson revealResident(Caller caller, long householdId, long personId, String reason) {
        Household household = visible(caller, householdId);
        HouseholdTie tie = ties.selectByHousehold(household.getId()).stream()
                .filter(t -> t.getPersonId() == personId)
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("resident", personId));
        audit.revealing(caller, "household-resident", householdId, personId, household.getPath(), reason);
        return people.reveal(personId, tie.getPhoneCipher());
    }

    /** The households a person is tied to (a resident's own homes). */
    public List<Long> householdsOf(long personId) {
        return ties.selectByPerson(personId).stream()
                .map(HouseholdTie::getHouseholdId)
                .toList();
    }

    /** A resident's own homes, each with the people tied to it (masked). */
    public List<HouseholdView> homesOf(long personId) {
        return householdsOf(personId).stream().map(id -> view(require(id))).toList();
    }

    public List<Long> residentsOf(long householdId) {
        return ties.selectByHousehold(householdId).stream()
                .map(HouseholdTie::getPersonId)
                .toList();
    }

    /** A household the caller may see: staff within their subtree, residents their own homes; else 404. */
    public Household visible(Caller caller, long id) {
        return DataScope.require(
                caller,
                households.selectById(id),
                Household::getPath,
                household -> caller.personId() != null && residentsOf(id).contains(caller.personId()),
                "household",
                id);
    }

    /** Where a household lies, for the caller of {@link #visible}, or for a service granted the lookups. */
    public HouseholdPlace placeOf(Caller caller, long id) {
        Household household = DataScope.require(
                caller,
                households.selectById(id),
                Household::getPath,
                found -> caller.mayDo(PartyMemberLookupApi.GRANT)
                        || (caller.personId() != null && residentsOf(id).contains(caller.personId())),
                "household",
                id);
        return new HouseholdPlace(household.getId(), household.getCompoundId(), household.getPath());
    }

    public Household require(long id) {
        Household household = households.selectById(id);
        if (household == null) {
            throw DomainException.notFound("household", id);
        }
        return household;
    }

    private HouseholdView view(Household h) {
        List<HouseholdTie> residents = ties.selectByHousehold(h.getId());
        Map<Long, PersonView> persons =
                people.views(residents.stream().map(HouseholdTie::getPersonId).toList());
        return new HouseholdView(
                h.getId(),
                h.getUnitId(),
                h.getBuildingId(),
                h.getCompoundId(),
                h.getRoom(),
                h.getFloorArea(),
                residents.stream()
                        .map(t -> new HouseholdView.Resident(
                                people.withPhone(persons.get(t.getPersonId()), t.getPhoneCipher()), t.getRelation()))
                        .toList());
    }
}
