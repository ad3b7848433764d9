package org.linli.organization.demo;

/**
 * How big each level of the demo district is for a number of households, in the proportions of the
 * field reports: ~500 households a compound, 4 compounds a community, 3 communities a street, ~40
 * households a building, a grid per 4 buildings, a party member per 8 households. 12,000 households
 * give 2 streets, 6 communities, 24 compounds and 300 buildings; 1,000,000 give 167 streets.
 */
record DemoShape(int households, int compounds, int communities, int streets) {

    static final int HOUSEHOLDS_PER_COMPOUND = 500;
    static final int COMPOUNDS_PER_COMMUNITY = 4;
    static final int COMMUNITIES_PER_STREET = 3;
    static final int HOUSEHOLDS_PER_BUILDING = 40;
    static final int HOUSEHOLDS_PER_UNIT = 20;
    static final int BUILDINGS_PER_GRID = 4;
    static final int HOUSEHOLDS_PER_MEMBER = 8;

    static DemoShape of(int households) {
        if (households < 1) {
            throw new IllegalArgumentException("linli.demo.households must be at least 1");
        }
        int compounds = Math.max(1, Math.round(households / (float) HOUSEHOLDS_PER_COMPOUND));
        int communities = ceil(compounds, COMPOUNDS_PER_COMMUNITY);
        return new DemoShape(households, compounds, communities, ceil(communities, COMMUNITIES_PER_STREET));
    }

    int householdsOfCompound(int compound) {
        return households / compounds + (compound < households % compounds ? 1 : 0);
    }

    static int buildingsFor(int households) {
        return ceil(households, HOUSEHOLDS_PER_BUILDING);
    }

    /** Compounds are numbered across the district; community {@code c} holds a run of them. */
    int firstCompoundOf(int community) {
        return community * COMPOUNDS_PER_COMMUNITY;
    }

    int compoundsOf(int community) {
        return Math.min(COMPOUNDS_PER_COMMUNITY, compounds - firstCompoundOf(community));
    }

    int firstCommunityOf(int street) {
        return street * COMMUNITIES_PER_STREET;
    }

    int communitiesOf(int street) {
        return Math.min(COMMUNITIES_PER_STREET, communities - firstCommunityOf(street));
    }

    /** About one compound in twelve has no party branch yet, so coverage reports have gaps to show. */
    static boolean hasBranch(int compound) {
        return compound % 12 != 11;
    }

    /** About one compound in six has no owners' committee yet (业委会 are still being set up in many). */
    static boolean hasOwnersCommittee(int compound) {
        return compound % 6 != 5;
    }

    /**
     * Party members among an owners' committee of five: two (40 %) in three compounds of four, one
     * (20 %) in the fourth, so the ≥30 % target of seed 003 shows met and missed.
     */
    static int partyMembersOnOwnersCommittee(int compound) {
        return compound % 4 == 3 ? 1 : 2;
    }

    /** About one compound in twelve is self-managed, without a property company. */
    static boolean hasPropertyCompany(int compound) {
        return compound % 12 != 10;
    }

    static int ceil(int a, int b) {
        return (a + b - 1) / b;
    }
}
