package org.linli.platform.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.linli.platform.error.ProblemDetailsAdvice;
import org.linli.platform.idempotency.IdempotencyFilter;
import org.linli.platform.pii.PiiProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.lang.Nullable;

/** Problem details for every error, and {@code Idempotency-Key} support, for every servlet service. */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class PlatformWebAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    /** The one clock services read time from, so that tests can fix it. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    /** Runs after Spring Security's chain (order -100), so a key is scoped to a verified caller. */
    @Bean
    @ConditionalOnBean(JdbcClient.class)
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(JdbcClient jdbc, ObjectProvider<PiiProperties> pii) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(jdbc, fingerprintKey(pii.getIfAvailable())));
        registration.setOrder(0);
        return registration;
    }

    /**
     * A key of its own for request fingerprints, derived from the blind-index secret so that no new
     * secret has to be deployed; a service without PII keys keeps plain SHA-256 fingerprints.
     */
    @Nullable
    static byte[] fingerprintKey(@Nullable PiiProperties pii) {
        if (pii == null || pii.indexKey() == null || pii.indexKey().isBlank()) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(pii.indexKey().trim()), "HmacSHA256"));
            return mac.doFinal("linli:idempotency-request-fingerprint".getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
