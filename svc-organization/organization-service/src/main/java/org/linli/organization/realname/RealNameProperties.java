package org.linli.organization.realname;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.lang.Nullable;

/**
 * @param maxFailedAttempts failed checks an account may make within {@code attemptWindow}; a name and ID
 *     number are easy to guess from a neighbour's details, so guessing must be slow
 * @param attemptWindow the sliding window the failures are counted in
 * @param idCheck the third-party ID-check service asked about people the roster does not know; off
 *     when its URL is not set
 */
@ConfigurationProperties("linli.identity.real-name")
public record RealNameProperties(
        @DefaultValue("5") int maxFailedAttempts,
        @DefaultValue("24h") Duration attemptWindow,
        @DefaultValue IdCheck idCheck) {

    /**
     * @param url where checks are POSTed ({@code {"name","idNumber"}} → {@code {"result"}})
     * @param apiKey sent as a bearer token
     */
    public record IdCheck(
            @Nullable String url,
            @Nullable String apiKey,
            @DefaultValue("1s") Duration connectTimeout,
            @DefaultValue("3s") Duration readTimeout) {

        public boolean enabled() {
            return url != null && !url.isBlank();
        }

        @Override
        public String toString() {
            return "IdCheck[url=" + url + ", apiKey=***]";
        }
    }
}
