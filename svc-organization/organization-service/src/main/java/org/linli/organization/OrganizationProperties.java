package org.linli.organization;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxHouseholdsPerMember how many households one party member may look after (党员联户)
 * @param lookupCache how the hot household↔member lookups are cached
 */
@ConfigurationProperties("linli.organization")
public record OrganizationProperties(
        @DefaultValue("30") int maxHouseholdsPerMember, @DefaultValue LookupCache lookupCache) {

    /**
     * @param ttl how long a lookup stays in Redis without being invalidated
     * @param nearCacheTtl how long a JVM keeps a lookup; bounded so a missed invalidation heals itself
     * @param nearCacheSize how many lookups a JVM keeps
     */
    public record LookupCache(
            @DefaultValue("1h") Duration ttl,
            @DefaultValue("30s") Duration nearCacheTtl,
            @DefaultValue("100000") long nearCacheSize) {}
}
