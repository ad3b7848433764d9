package org.linli.requests.demo;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.linli.organization.api.lookup.HouseholdPlace;
import org.linli.requests.request.Level;

/**
 * The homes demo requests come from: a sample spread over the whole district, of which a share lies in the
 * community the demo staff logins look after (the district's first, lowest id), so that demo-community and
 * demo-property have plenty to see while every community has some.
 */
final class DemoHomes {

    static final double DEMO_COMMUNITY_SHARE = 0.3;

    private final List<HouseholdPlace> all;
    private final List<HouseholdPlace> demoCommunity;

    DemoHomes(List<HouseholdPlace> homes) {
        if (homes.isEmpty()) {
            throw new IllegalArgumentException("no homes to file demo requests from");
        }
        this.all = List.copyOf(homes);
        String first = homes.stream()
                .map(home -> Level.COMMUNITY.unitPath(home.path()))
                .min(Comparator.comparingLong(DemoArea::lastUnitOf))
                .orElseThrow();
        this.demoCommunity =
                homes.stream().filter(home -> home.path().startsWith(first)).toList();
    }

    /** The home of a case: {@code roll} picks the demo community or the whole district, {@code pick} the home. */
    HouseholdPlace pick(double roll, int pick) {
        List<HouseholdPlace> from = roll < DEMO_COMMUNITY_SHARE ? demoCommunity : all;
        return from.get(pick % from.size());
    }

    /** A home of the sample in the compound at {@code compoundPath}, {@code pick} choosing which. */
    Optional<HouseholdPlace> inCompound(String compoundPath, int pick) {
        List<HouseholdPlace> there = all.stream()
                .filter(home -> home.path().startsWith(compoundPath))
                .toList();
        return there.isEmpty() ? Optional.empty() : Optional.of(there.get(pick % there.size()));
    }

    int size() {
        return all.size();
    }

    /** Where the household ids {@code first} to {@code first + households - 1} are sampled, {@code sample} of them. */
    static long[] sampleIds(long first, long households, int sample) {
        int count = (int) Math.min(households, sample);
        long[] ids = new long[count];
        for (int k = 0; k < count; k++) {
            ids[k] = first + (long) ((k + 0.5) * households / count);
        }
        return ids;
    }
}
