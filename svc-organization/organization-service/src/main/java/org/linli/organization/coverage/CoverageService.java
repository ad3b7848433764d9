package org.linli.organization.coverage;

import org.linli.organization.coverage.dto.Coverage;
import org.linli.organization.coverage.dto.CoverageReport;
import org.linli.organization.geography.GeographyService;
import org.linli.organization.geography.OrgUnit;
import org.linli.organization.geography.OrgUnitKind;
import org.linli.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 全覆盖: where party organisation does not yet reach, as a figure and as a work list. */
@Service
public class CoverageService {

    private final CoverageMapper coverage;
    private final GeographyService geography;

    CoverageService(CoverageMapper coverage, GeographyService geography) {
        this.coverage = coverage;
        this.geography = geography;
    }

    /** Read-only and in one transaction, so the figures come from one snapshot and agree with each other. */
    @Transactional(readOnly = true)
    public CoverageReport report(Caller caller, long unitId, int limit) {
        OrgUnit unit = geography.visible(caller, unitId);
        String pattern = unit.getPath() + "%";
        return new CoverageReport(
                unit.getId(),
                new Coverage<>(
                        coverage.countUnits(OrgUnitKind.COMPOUND.name(), pattern),
                        coverage.countUncoveredCompounds(pattern),
                        coverage.uncoveredCompounds(pattern, limit)),
                new Coverage<>(
                        coverage.countUnits(OrgUnitKind.BUILDING.name(), pattern),
                        coverage.countUncoveredBuildings(pattern),
                        coverage.uncoveredBuildings(pattern, limit)),
                householdCoverage(pattern, limit));
    }

    /**
     * Uncovered = households minus links in the subtree: both counts are index-only prefix scans, where
     * the anti-join count took seconds at a million households. Exact because a link carries its
     * household's path (set by LinkService, and household paths never change).
     */
    private Coverage<UncoveredHousehold> householdCoverage(String pattern, int limit) {
        long households = coverage.countHouseholds(pattern);
        return new Coverage<>(
                households, households - coverage.countLinks(pattern), coverage.uncoveredHouseholds(pattern, limit));
    }
}
