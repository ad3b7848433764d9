package org.linli.requests.request;

import org.linli.organization.api.lookup.HouseholdHandlers;
import org.linli.organization.api.lookup.UnitPlace;
import org.linli.platform.client.RemoteProblem;
import org.linli.platform.error.DomainException;
import org.linli.requests.client.organization.HouseholdHandlersClient;
import org.linli.requests.client.organization.UnitPlaceClient;
import org.linli.requests.triage.Route;
import org.linli.requests.triage.TriageRules;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Works out whom a request goes to (分流): by its category's route unless staff name a kind, asking
 * svc-organization who that is (with the caller's token inside a request, the service's own in the
 * background). When the route has nobody (a household nobody looks after yet, a compound without a
 * property company, a common place that no single member answers for), it goes to the community, which
 * is always there, and says why. svc-organization being away is the caller's {@code DependencyUnavailable}.
 */
@Component
class DispatchTargets {

    private final HouseholdHandlersClient handlers;
    private final UnitPlaceClient units;
    private final TriageRules rules;

    DispatchTargets(HouseholdHandlersClient handlers, UnitPlaceClient units, TriageRules rules) {
        this.handlers = handlers;
        this.units = units;
        this.rules = rules;
    }

    /** By the category's route: what dispatch does on its own. */
    DispatchTarget byRule(ResidentRequest request) {
        Route route = rules.defaultsFor(request.getCategory()).route();
        return switch (route) {
            case PARTY_MEMBER -> of(request, HandlerKind.PARTY_MEMBER, null);
            case PROPERTY -> of(request, HandlerKind.PROPERTY, null);
            case VOLUNTEERS -> of(request, HandlerKind.VOLUNTEERS, null);
            case COMMUNITY -> of(request, HandlerKind.ORG_UNIT, null);
        };
    }

    /**
     * To a kind of handler staff chose; for ORG_UNIT, {@code unitId} names the unit (one on the request's own
     * path, from its compound up: the community when null).
     */
    DispatchTarget of(ResidentRequest request, HandlerKind kind, Long unitId) {
        return switch (kind) {
            case PARTY_MEMBER -> partyMember(request);
            case PROPERTY -> propertyCompany(request);
            case VOLUNTEERS ->
                new DispatchTarget(HandlerKind.VOLUNTEERS, null, null, community(request), Level.COMMUNITY, null);
            case ORG_UNIT -> unitId == null ? toCommunity(request, null) : unit(request, unitId);
            case VOLUNTEER ->
                throw DomainException.invalid(
                        "resident-request.claimed-not-assigned",
                        "to",
                        "a volunteer claims a micro-wish themselves; dispatch to VOLUNTEERS for the community's volunteers");
        };
    }

    private DispatchTarget partyMember(ResidentRequest request) {
        if (request.getPlace() != null || request.getHouseholdId() == null) {
            return toCommunity(request, "这是小区公共区域的问题，由社区统筹办理。");
        }
        HouseholdHandlers found = handlersOf(request);
        if (found.partyMemberId() == null) {
            return toCommunity(request, "此户暂无联户党员，由社区办理。");
        }
        return new DispatchTarget(
                HandlerKind.PARTY_MEMBER,
                found.partyMemberId(),
                found.partyMemberPersonId(),
                Level.BUILDING.unitPath(found.path()),
                Level.BUILDING,
                null);
    }

    private DispatchTarget propertyCompany(ResidentRequest request) {
        if (request.getHouseholdId() == null) {
            // staff recorded it for a compound, not a home: svc-organization answers who handles a household's
            // matters, so the community, which knows the compound's property company, passes it on
            return toCommunity(request, "这是小区公共区域的问题，由社区转交物业或统筹办理。");
        }
        Long company = handlersOf(request).propertyCompanyId();
        if (company == null) {
            return toCommunity(request, "小区暂无登记的物业公司，由社区办理。");
        }
        return new DispatchTarget(
                HandlerKind.PROPERTY,
                company,
                null,
                Level.COMPOUND.unitPath(request.getScopePath()),
                Level.COMPOUND,
                null);
    }

    private DispatchTarget unit(ResidentRequest request, long unitId) {
        UnitPlace unit;
        try {
            unit = units.placeOfUnit(unitId);
        } catch (RemoteProblem refused) {
            if (refused.status() == HttpStatus.NOT_FOUND) {
                throw wrongUnit(unitId);
            }
            throw refused;
        }
        Level level = levelOf(unit.kind());
        if (level == null || !request.getScopePath().startsWith(unit.path())) {
            throw wrongUnit(unitId);
        }
        return new DispatchTarget(HandlerKind.ORG_UNIT, unit.unitId(), null, unit.path(), level, null);
    }

    private DispatchTarget toCommunity(ResidentRequest request, String why) {
        String community = community(request);
        return new DispatchTarget(
                HandlerKind.ORG_UNIT, Level.unitIdOf(community), null, community, Level.COMMUNITY, why);
    }

    private HouseholdHandlers handlersOf(ResidentRequest request) {
        return handlers.handlersOfHousehold(request.getHouseholdId());
    }

    private static String community(ResidentRequest request) {
        return Level.COMMUNITY.unitPath(request.getScopePath());
    }

    private static Level levelOf(String unitKind) {
        return switch (unitKind) {
            case "DISTRICT" -> Level.DISTRICT;
            case "STREET" -> Level.STREET;
            case "COMMUNITY" -> Level.COMMUNITY;
            case "COMPOUND" -> Level.COMPOUND;
            default -> null;
        };
    }

    private static DomainException wrongUnit(long unitId) {
        return DomainException.invalid(
                "resident-request.unit-not-on-its-path",
                "unitId",
                "unit " + unitId + " is not the compound, community, street or district this request lies in");
    }
}
