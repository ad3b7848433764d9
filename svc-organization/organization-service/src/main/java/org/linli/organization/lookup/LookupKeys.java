package org.linli.organization.lookup;

/** Redis keys of the lookups; the version segment changes whenever an entry's shape does. */
final class LookupKeys {

    private LookupKeys() {}

    static String household(long householdId) {
        return "org:lookup:v1:hh:" + householdId;
    }

    static String member(long memberId) {
        return "org:lookup:v1:pm:" + memberId;
    }
}
